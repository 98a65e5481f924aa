"""The eleven image devices of set 27 (FICTIONAL pages). numpy + Pillow, seeded."""
import io
import numpy as np
from PIL import Image, ImageFilter, ImageOps
import time
FIXED = time.struct_time((2026, 12, 1, 9, 0, 0, 1, 335, 0))   # fixed PDF info dates, so builds repeat
from render import page_image, to_rgb, warp, save_jpg, rng

def led_banding(lines, path, seed):      # phone photo under a flickering LED panel: rolling-shutter bands
    g = page_image(lines)
    a = warp(to_rgb(g, (1.0, 0.97, 0.92)), seed, 45, (150, 135, 110))
    y = np.arange(a.shape[0])[:, None, None]
    a = a * (0.86 + 0.10 * np.sin(y / 37.0 + seed))
    a += rng(seed).normal(0, 5, a.shape)
    save_jpg(np.asarray(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))), path, 82)

def show_through(lines, path, seed, back_lines):  # two-sided thin paper scanned: the back shows through, mirrored
    g = np.asarray(page_image(lines), np.float32)
    b = np.asarray(ImageOps.mirror(page_image(back_lines)).filter(ImageFilter.GaussianBlur(2.2)), np.float32)
    a = np.minimum(g, 255 - (255 - b) * 0.30) * 0.96 + 6
    a += rng(seed).normal(0, 3, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(0.5, fillcolor=235, resample=Image.BICUBIC)
    im.save(path, 'PNG', dpi=(200, 200))

def posterize16(lines, path, seed):      # scanner "document" mode: colour scan cut to a 16-colour palette
    g = page_image(lines)
    a = to_rgb(g, (0.98, 0.96, 0.90)) + rng(seed).normal(0, 9, (2200, 1700, 3))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    im.quantize(16, dither=Image.Dither.FLOYDSTEINBERG).save(path, 'PNG', dpi=(200, 200))

def bedsheet(lines, path, seed):         # photo of a page lying on a rumpled bed: soft waves of shade
    g = page_image(lines)
    a = warp(to_rgb(g), seed, 70, (205, 215, 230))
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    shade = 0.80 + 0.12 * np.sin(xx / 140.0 + yy / 260.0) * np.sin(yy / 190.0)
    a = a * shade[..., None] * np.array([0.96, 0.98, 1.04])
    save_jpg(a + rng(seed).normal(0, 4, a.shape), path, 86)

def fax_standard(lines, path, seed, header):  # 1-bit fax in standard mode (204 x 98): half the rows, a vertical line
    g = page_image([header, ''] + lines, w=1728, h=2200, size=26)
    g = g.resize((1728, 1100), Image.BILINEAR)
    a = np.asarray(g, np.float32) + rng(seed).normal(0, 18, (1100, 1728))
    a[:, 1211:1213] = 0                   # a speck on the sender's scan bar
    im = Image.fromarray((a > 150).astype(np.uint8) * 255).convert('1')
    im.save(path, 'TIFF', compression='group3', dpi=(204, 98))

def overexposed(lines, path, seed):      # phone auto-exposure on a white page near a window: washed out
    g = page_image(lines, ink=55)
    a = warp(to_rgb(g), seed, 40, (235, 232, 228))
    a = 255 * (a / 255.0) ** 0.55 + 18
    save_jpg(a + rng(seed).normal(0, 3, a.shape), path, 88)

def fluorescent(lines, path, seed):      # under an old fluorescent tube: cyan-green cast, a bit dark
    g = page_image(lines)
    a = warp(to_rgb(g, (0.78, 0.95, 0.93)), seed, 55, (70, 90, 85)) * 0.88
    save_jpg(a + rng(seed).normal(0, 6, a.shape), path, 80)

def underexposed(lines, path, seed):     # in a dim hallway: dark, heavy colour noise
    g = page_image(lines)
    a = warp(to_rgb(g), seed, 50, (25, 22, 20)) * 0.42
    n = rng(seed).normal(0, 7, a.shape[:2] + (3,))
    save_jpg(a + n, path, 78)

def ink_smear(lines, path, seed):        # inkjet page smeared by a damp hand before it dried, scanned
    g = page_image(lines)
    a = np.asarray(g, np.float32)
    sm = np.mean([np.roll(a, k, axis=1) for k in range(0, 64, 4)], axis=0)   # ink dragged to the right
    sm = np.asarray(Image.fromarray(sm.astype(np.uint8)).filter(ImageFilter.GaussianBlur(2)), np.float32)
    yy, xx = np.mgrid[0:2200, 0:1700]
    band = np.exp(-((xx - 1180) / 90.0) ** 2)[..., None]     # a smear down the page right of the keyed columns
    rgb = to_rgb(Image.fromarray(a.astype(np.uint8)), (0.95, 0.95, 1.0))
    rgb = rgb * (1 - band * 0.9) + to_rgb(Image.fromarray(sm.astype(np.uint8)), (0.9, 0.9, 1.0)) * band * 0.9
    save_jpg(rgb + rng(seed).normal(0, 3, rgb.shape), path, 85)

def second_copy(lines, path, seed):      # a photocopy of a photocopy, to an image-only PDF (grey)
    g = page_image(lines)
    a = np.asarray(g.filter(ImageFilter.GaussianBlur(1.1)), np.float32)
    a = np.where(a < 140, a * 0.5, a * 0.86)               # toner heavier, ground grey
    yy, xx = np.mgrid[0:2200, 0:1700]
    edge = np.minimum(np.minimum(xx, 1700 - xx), np.minimum(yy, 2200 - yy))
    a = a * np.clip(0.55 + edge / 180.0, 0, 1)             # dark copier edges
    r = rng(seed); spots = r.random(a.shape) > 0.9993
    a[spots] = 30
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im.save(path, 'PDF', resolution=200.0, creationDate=FIXED, modDate=FIXED)

def low_toner_fax(lines, path, seed, header):  # a fax printed on a machine short of toner, then scanned to PDF
    g = page_image([header, ''] + lines, size=25)
    a = np.asarray(g, np.float32)
    xx = np.arange(1700)[None, :]
    fade = np.clip((xx - 450) / 1500.0, 0, 0.62)           # paler to the right
    a = 255 - (255 - a) * (1 - fade)
    a += rng(seed).normal(0, 10, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.8, fillcolor=250, resample=Image.BICUBIC)
    im.save(path, 'PDF', resolution=200.0, creationDate=FIXED, modDate=FIXED)
