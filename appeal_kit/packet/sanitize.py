"""What a source page may bring into the packet: only what it needs to be drawn, as its reader saw it.

A packet goes to an insurer; an exhibit came from a client's phone, a clinic's scanner or someone's Word. So every
object a placed page needs (its resources, an annotation's appearance) is copied here, never with pypdf's clone,
which would carry everything reachable along:
- keys a page never needs to draw are left behind: scripts and actions (/JS, /AA, /A), embedded and associated files
  (/EF, /AF, /EmbeddedFiles), XMP metadata (/Metadata, which can name a clinician's folders), application data
  (/PieceInfo), links to images elsewhere (/OPI, /Alternates) and thumbnails;
- JPEG images (DCTDecode) lose their metadata segments (EXIF with GPS position, camera and owner, XMP, comments,
  thumbnails) without being decoded again: the compressed picture is the same bytes. A photo's orientation is not
  lost with its EXIF: appeal_kit.packet.convert has already turned it into the page's /Rotate;
- content in an optional-content group (a layer) that is off when the source opens is dropped, so the packet shows
  what the source shows and carries nothing hidden; the layers that remain are plain content.
"""
from __future__ import annotations

import logging

from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    NullObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

log = logging.getLogger(__name__)

# Never needed to draw a page, and each can carry something the person did not choose to send.
LEFT_OUT = frozenset({"/JS", "/JavaScript", "/AA", "/A", "/OpenAction", "/URI", "/EF", "/AF", "/EmbeddedFiles",
                      "/EmbeddedFile", "/Metadata", "/PieceInfo", "/LastModified", "/OPI", "/Alternates", "/Thumb",
                      "/StructParent", "/StructParents", "/Names", "/OC"})
# The resource categories of PDF 32000 7.8.3: anything else in a resources dictionary is not drawn.
RESOURCE_KEYS = frozenset({"/ExtGState", "/ColorSpace", "/Pattern", "/Shading", "/XObject", "/Font", "/ProcSet",
                           "/Properties"})
# JPEG segments a decoder needs besides the image data: APP2 with an ICC colour profile, APP14 "Adobe" (colour
# transform of CMYK pictures). Every other APPn (EXIF, XMP, JFIF thumbnails, MPF) and COM is metadata.
JPEG_KEPT_APPS = ((0xE2, b"ICC_PROFILE\0"), (0xEE, b"Adobe"))


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without its metadata segments and without anything after its end marker (the second picture and
    its EXIF in a phone's MPO file); the same bytes if it cannot be parsed (it would not be drawn either)."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out, i, n = [b"\xff\xd8"], 2, len(data)
    while i + 1 < n:
        if data[i] != 0xFF:
            return data
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:  # EOI: done
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            out.append(data[i:i + 2])
            i += 2
            continue
        if i + 4 > n:
            return data
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        segment = data[i:end]
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if any(marker == m and segment[4:4 + len(sig)] == sig for m, sig in JPEG_KEPT_APPS):
                out.append(segment)
        else:
            out.append(segment)
        i = end
        if marker == 0xDA:  # start of scan: entropy-coded data runs to the next marker that is not RSTn or stuffing
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    return data
                following = data[j + 1]
                if following == 0 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    j += 1 if following == 0xFF else 2
                    continue
                break
            out.append(data[i:j])
            i = j
    return data


class Layers:
    """Which optional-content groups of one source PDF are off when it opens (its /OCProperties /D)."""

    def __init__(self, reader):
        self.off: set[tuple[int, int]] = set()
        try:
            props = reader.trailer["/Root"].get("/OCProperties")
            if props is None:
                return
            props = props.get_object()
            default = props.get("/D", DictionaryObject()).get_object()
            if default.get("/BaseState") == "/OFF":
                self.off = _keys(props.get("/OCGs", ArrayObject())) - _keys(default.get("/ON", ArrayObject()))
            else:
                self.off = _keys(default.get("/OFF", ArrayObject()))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:  # a damaged layer table: all layers shown
            log.info("optional content table unreadable (%s); every layer is shown", exc)
            self.off = set()

    def hidden(self, oc) -> bool:
        """Whether content marked with `oc` (an OCG or an OCMD, PDF 32000 8.11.2) is off."""
        if not self.off or oc is None:
            return False
        try:
            return not self._visible(oc, 0)
        except (AttributeError, KeyError, TypeError, ValueError):
            return False

    def _visible(self, oc, depth: int) -> bool:
        if depth > 20:
            return True
        if isinstance(oc, IndirectObject) and _key(oc) in self.off:
            return False
        node = oc.get_object() if isinstance(oc, (IndirectObject, PdfObject)) else oc
        if not isinstance(node, DictionaryObject) or node.get("/Type") != "/OCMD":
            return True
        if "/VE" in node:
            return self._expression(node["/VE"], depth + 1)
        groups = node.get("/OCGs")
        if groups is None:
            return True
        groups = groups.get_object()
        states = [self._visible(g, depth + 1) for g in (groups if isinstance(groups, ArrayObject) else [groups])]
        if not states:
            return True
        policy = node.get("/P", "/AnyOn")
        return {"/AllOn": all(states), "/AnyOff": not all(states), "/AllOff": not any(states)}.get(policy, any(states))

    def _expression(self, expr, depth: int) -> bool:
        expr = expr.get_object()
        if not isinstance(expr, ArrayObject):
            return self._visible(expr, depth)
        op, args = expr[0], [self._expression(a, depth + 1) for a in expr[1:]]
        if op == "/Not":
            return not args[0] if args else True
        return all(args) if op == "/And" else any(args)


class Copier:
    """Copies objects of source PDFs into one writer, each object once, leaving out what is not drawn."""

    def __init__(self, writer):
        self.writer = writer
        self._copied: dict[tuple, IndirectObject] = {}
        self._layers: dict[int, Layers] = {}

    def layers(self, reader) -> Layers:
        if id(reader) not in self._layers:
            self._layers[id(reader)] = Layers(reader)
        return self._layers[id(reader)]

    def resources(self, resources, reader) -> DictionaryObject:
        """A page's or form's resources: the drawing categories only, each copied clean."""
        resources = resources.get_object() if resources is not None else None
        if not isinstance(resources, DictionaryObject):
            return DictionaryObject()
        return DictionaryObject({NameObject(k): self.copy(v, reader) for k, v in resources.items()
                                 if k in RESOURCE_KEYS})

    def content(self, data: bytes, resources, reader) -> bytes:
        """Decoded content with the marked-content sections of hidden layers removed (unchanged when none)."""
        layers = self.layers(reader)
        if not layers.off or b"/OC" not in data:
            return data
        resources = resources.get_object() if resources is not None else DictionaryObject()
        properties = resources.get("/Properties", DictionaryObject()).get_object() \
            if isinstance(resources, DictionaryObject) else DictionaryObject()
        stream = DecodedStreamObject()
        stream.set_data(data)
        try:
            parsed = ContentStream(stream, reader)
            kept, skipping = [], 0
            for operands, operator in parsed.operations:
                if skipping:
                    if operator in (b"BMC", b"BDC"):
                        skipping += 1
                    elif operator == b"EMC":
                        skipping -= 1
                    continue
                if operator == b"BDC" and len(operands) == 2 and operands[0] == "/OC":
                    tag = operands[1]
                    if layers.hidden(properties.raw_get(tag) if isinstance(tag, NameObject) and tag in properties
                                     else tag):
                        skipping = 1
                        continue
                kept.append((operands, operator))
            parsed.operations = kept
            return parsed.get_data()
        except Exception as exc:  # noqa: BLE001 - pypdf's parser raises many types; the page is drawn unfiltered
            log.info("content stream with layers not parsed (%s); drawn as it is", exc)
            return data

    def copy(self, obj, reader):
        """`obj` (direct or a reference) copied into the writer, minus LEFT_OUT keys; references become references
        to one copy each."""
        if isinstance(obj, IndirectObject):
            key = (id(reader), obj.idnum, obj.generation)
            if key in self._copied:
                return self._copied[key]
            target = obj.get_object()
            if isinstance(target, (DictionaryObject, ArrayObject)):
                # Added before its contents, so an object that refers back to itself is copied once.
                placeholder = self._empty_like(target, reader)
                ref = self._copied[key] = self.writer._add_object(placeholder)
                self._fill(placeholder, target, reader)
                return ref
            ref = self._copied[key] = self.writer._add_object(self.copy(target, reader))
            return ref
        if isinstance(obj, (DictionaryObject, ArrayObject)):
            new = self._empty_like(obj, reader)
            self._fill(new, obj, reader)
            return self.writer._add_object(new) if isinstance(new, StreamObject) else new  # streams are indirect
        if obj is None:
            return NullObject()
        return obj.clone(self.writer) if hasattr(obj, "clone") else obj

    def _empty_like(self, obj, reader):
        if isinstance(obj, StreamObject):
            return self._stream(obj, reader)
        return ArrayObject() if isinstance(obj, ArrayObject) else DictionaryObject()

    def _fill(self, new, old, reader) -> None:
        if isinstance(old, ArrayObject):
            new.extend(self.copy(v, reader) for v in old)
            return
        if isinstance(new, _HiddenForm):
            return
        if old.get("/Type") in ("/OCG", "/OCMD") and not isinstance(old, StreamObject):
            # A layer's name can say what it hid; what is left of its layer is shown as plain content.
            new[NameObject("/Type")] = NameObject("/OCG")
            new[NameObject("/Name")] = TextStringObject("Layer")
            return
        for k, v in old.items():
            if k in LEFT_OUT or k in ("/Length", "/Filter", "/DecodeParms") and isinstance(old, StreamObject):
                continue
            new[NameObject(k)] = self.resources(v, reader) if k == "/Resources" else self.copy(v, reader)

    def _stream(self, old: StreamObject, reader) -> StreamObject:
        """A stream copied as its bytes are (still compressed), a JPEG without its metadata, a form without its
        hidden layers, and an XObject in a hidden layer as an empty form."""
        if old.get("/Subtype") in ("/Image", "/Form") and "/OC" in old and self.layers(reader).hidden(
                old.raw_get("/OC")):
            empty = _HiddenForm()
            empty.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                          NameObject("/BBox"): ArrayObject([_zero(), _zero(), _zero(), _zero()])})
            return empty
        filters = old.get("/Filter")
        names = list(filters) if isinstance(filters, ArrayObject) else [filters] if filters else []
        if old.get("/Subtype") == "/Form" and self.layers(reader).off:
            try:
                data = old.get_data()
            except Exception:  # noqa: BLE001 - an undecodable form is copied as it is
                data = None
            if data is not None and b"/OC" in data:
                visible = DecodedStreamObject()
                visible.set_data(self.content(data, old.get("/Resources"), reader))
                return visible.flate_encode()
        data = old._data
        if old.get("/Subtype") == "/Image" and names == ["/DCTDecode"]:
            data = strip_jpeg(data)
        new: StreamObject = EncodedStreamObject() if names else DecodedStreamObject()
        new._data = data
        for key in ("/Filter", "/DecodeParms"):
            if key in old:
                new[NameObject(key)] = self.copy(old.raw_get(key), reader)
        return new


def _key(ref) -> tuple[int, int] | None:
    return (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else None


def _keys(array) -> set[tuple[int, int]]:
    """The objects an array of references (a list of layers) points to."""
    return {key for ref in array.get_object() if (key := _key(ref)) is not None}


class _HiddenForm(DecodedStreamObject):
    """The empty form that stands for an image or form of a hidden layer: nothing of the original is copied in."""


def _zero():
    from pypdf.generic import FloatObject

    return FloatObject(0)


def read_ahead(reader, limit: int = 20_000) -> None:
    """Parse what placing `reader`'s pages will read (each page's content, the drawing resources, the annotations)
    without copying anything, so that a build does it while LibreOffice converts its letter rather than after:
    pypdf keeps every object it has parsed, and the Copier then finds them ready. At most `limit` objects; anything
    damaged is left for placing the pages to report (it raises there, naming the file)."""
    seen: set[tuple[int, int]] = set()
    todo: list = []
    try:
        for page in reader.pages:
            todo += [page.raw_get(k) for k in ("/Contents", "/Resources", "/Annots", "/Group") if k in page]
        while todo and len(seen) < limit:
            obj = todo.pop()
            if isinstance(obj, IndirectObject):
                if (obj.idnum, obj.generation) in seen:
                    continue
                seen.add((obj.idnum, obj.generation))
                obj = obj.get_object()
            if isinstance(obj, DictionaryObject):  # streams included: their dictionaries
                todo += [v for k, v in obj.items() if k not in LEFT_OUT and k not in ("/Parent", "/P")]
            elif isinstance(obj, ArrayObject):
                todo += obj
    except Exception as exc:  # noqa: BLE001 - only a head start: placing the pages reads it again and reports
        log.debug("read ahead stopped: %s", exc)
