"""The clinic profile: letterhead, logo, providers and signature block that every letter template can use.

A clinic (or an advocate's office) keeps one `clinic.yaml`. appeal-kit looks for it in the case folder first,
then at the path in $APPEAL_KIT_CLINIC (which `appeal-kit --clinic FILE` sets: a profile on a shared drive
serves every staff computer), then in the user config folder (`platformdirs.user_config_dir("appeal-kit")`, e.g.
~/.config/appeal-kit on Linux), so one profile can serve every case while a case can still carry its own:

    name: Cascade Ridge Behavioral Health            # required
    letterhead:                                      # lines printed under the name at the top of each letter
      - 1450 Willamette Street, Suite 300, Eugene, OR 97401
      - "Phone (541) 555-0100  ·  Fax (541) 555-0101"
    logo: logo.png                                   # optional PNG/JPEG, path relative to this file
    address: |-
      1450 Willamette Street, Suite 300
      Eugene, OR 97401
    phone: (541) 555-0100
    fax: (541) 555-0101
    email: appeals@cascaderidge.example
    tax_id: 93-1234567                               # EIN, NN-NNNNNNN
    group_npi: "1245319599"                          # the practice's own (type 2) NPI, for the superbill
    templates: templates/                            # the clinic's own letter templates (relative to this file)
    providers:
      - name: Miriam Okafor, MD
        credentials: Board-certified psychiatrist
        npi: "1234567893"                            # 10 digits with a valid check digit
        license: Oregon MD 123456
        signature: signatures/okafor.png             # optional PNG/JPEG of her signature, relative to this file
    signature_block: |-                              # optional; printed under the signer's name
      Medical Director

Templates see it as `clinic` (None when there is no profile) with every key above present (None or [] when not
given), `letterhead` always a list of lines, `logo` a path (render.py turns it into an image), and `provider`:
the provider named by the case's `author.provider`, else the one whose name matches `author.name` (titles,
credentials, case and punctuation ignored), else None: a letter is never signed by a guessed provider. An appeal
letter's author who is one of the providers (`author_provider`) signs with their signature image, NPI and license.

The profile is read when a letter, fax cover or superbill is made, never copied into case.yaml: when the author
writes from the clinic (author.clinic, author.provider, or an author.name that is one of its providers), the
sender's address, phone, fax and e-mail are the profile's (sender_details), so a new suite or phone number reaches
every letter drafted after it (letter.fingerprint notices the change in the ones drafted before).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from appeal_kit.case.names import person_key
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _

CLINIC_FILE = "clinic.yaml"
CLINIC_VARIABLE = "APPEAL_KIT_CLINIC"  # a clinic.yaml for every case without its own (`--clinic FILE` sets it)
TEXT_KEYS = ("name", "address", "phone", "fax", "email", "tax_id", "signature_block")
KNOWN_KEYS = (*TEXT_KEYS, "letterhead", "logo", "providers", "group_npi", "templates")
SENDER_KEYS = ("address", "phone", "fax", "email")  # the author's contact details a clinic author takes from it
PROVIDER_TEXT_KEYS = ("name", "credentials", "npi", "license")
PROVIDER_KEYS = (*PROVIDER_TEXT_KEYS, "signature")  # signature: an image
SIGNERS = ("provider", "author_provider")  # the providers with_signer adds: who signs, and the author
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")  # the logo and signature images
EIN_RE = re.compile(r"^\d{2}-?\d{7}$")


def config_dir() -> Path:
    """The user config folder (tests point this elsewhere)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("appeal-kit"))


def find_clinic_file(case_folder: Path | None) -> Path | None:
    """The case folder's clinic.yaml, else $APPEAL_KIT_CLINIC's, else the user config folder's; None when there is
    none. A $APPEAL_KIT_CLINIC that names no file is an error, not a silent letter without letterhead."""
    import os

    if case_folder and (Path(case_folder) / CLINIC_FILE).is_file():
        return Path(case_folder) / CLINIC_FILE
    named = os.environ.get(CLINIC_VARIABLE, "").strip()
    if named:
        path = Path(named).expanduser()
        if path.is_dir():
            path = path / CLINIC_FILE
        if not path.is_file():
            raise CaseError(_("{file}: no clinic profile there (named by --clinic or ${variable}); give the path of "
                              "the clinic's clinic.yaml").format(file=named, variable=CLINIC_VARIABLE))
        return path
    candidate = config_dir() / CLINIC_FILE
    return candidate if candidate.is_file() else None


def searched_places(case_folder: Path | None) -> str:
    """Where find_clinic_file looked, for a message that says how to fix a missing profile."""
    places = [str(Path(case_folder) / CLINIC_FILE)] if case_folder else []
    return ", ".join([*places, f"${CLINIC_VARIABLE} (or --clinic FILE)", str(config_dir() / CLINIC_FILE)])


def npi_is_valid(npi: str) -> bool:
    """10 digits whose last is the Luhn check digit computed with the 80840 prefix (CMS NPI standard)."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(c) for c in "80840" + npi[:9]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # double every second digit from the right, starting with the rightmost
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def load_clinic(case_folder: Path | None = None, *, path: Path | None = None) -> dict | None:
    """Read and check the clinic profile; None when there is none. Raises CaseError naming every problem."""
    from appeal_kit.case.folder import read_yaml, to_plain

    path = Path(path) if path else find_clinic_file(case_folder)
    if path is None:
        return None
    raw = read_yaml(path)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise CaseError(_("{file}: should be `name: value` lines (name, letterhead, logo, providers, ...)").format(
            file=path))
    data = to_plain(raw)
    problems: list[str] = []
    clinic: dict[str, Any] = {"unknown_keys": [k for k in data if k not in KNOWN_KEYS]}

    for key in TEXT_KEYS:
        value = data.get(key)
        if isinstance(value, (dict, list)):
            problems.append(_("{key}: should be a single value, not a list or group").format(key=key))
            value = None
        clinic[key] = _text(value)
    if not clinic["name"]:
        problems.append(_("name: the clinic's or office's name is missing"))
    if clinic["tax_id"] and not EIN_RE.match(clinic["tax_id"]):
        problems.append(_("tax_id: {value} should be the 9-digit employer identification number, written like "
                          "93-1234567").format(value=repr(clinic["tax_id"])))

    letterhead = data.get("letterhead")
    if letterhead is None:
        lines: list[str] = []
    elif isinstance(letterhead, str):
        lines = [line.strip() for line in letterhead.splitlines() if line.strip()]
    elif isinstance(letterhead, list) and all(isinstance(v, (str, int)) for v in letterhead):
        lines = [str(v).strip() for v in letterhead if str(v).strip()]
    else:
        problems.append(_("letterhead: should be a list of text lines (`- 1450 Main Street ...`)"))
        lines = []
    clinic["letterhead"] = lines

    clinic["logo"] = _image(path, data.get("logo"), "logo", problems)
    clinic["group_npi"] = _text(data.get("group_npi"))
    if clinic["group_npi"] and not npi_is_valid(clinic["group_npi"]):
        problems.append(_("group_npi: {value} is not a valid 10-digit NPI (the practice's own NPI, from the NPPES "
                          "registry; put it in quotes)").format(value=repr(clinic["group_npi"])))
    clinic["templates"] = None
    templates = _text(data.get("templates"))
    if templates:
        folder = (path.parent / templates).resolve()
        if not folder.is_dir():
            problems.append(_("templates: {folder} is not a folder next to {file} (the path is relative to it)").format(
                folder=templates, file=path.name))
        else:
            clinic["templates"] = str(folder)

    providers = data.get("providers") or []
    clinic["providers"] = []
    if not isinstance(providers, list):
        problems.append(_("providers: should be a list of `- name: ...` entries"))
        providers = []
    for i, item in enumerate(providers, 1):
        if not isinstance(item, dict):
            problems.append(_("providers item {n}: should have `name:`, `credentials:`, `npi:` and `license:`").format(
                n=i))
            continue
        prov = {k: _text(item.get(k)) for k in PROVIDER_TEXT_KEYS}
        prov["signature"] = _image(path, item.get("signature"), _("providers item {n} signature").format(n=i),
                                   problems)
        if not prov["name"]:
            problems.append(_("providers item {n}: `name:` is missing").format(n=i))
        if prov["npi"] and not npi_is_valid(prov["npi"]):
            problems.append(_("providers item {n} ({name}): NPI {npi} is not a valid 10-digit NPI (check the number "
                              "on the NPPES registry; put it in quotes)").format(
                n=i, name=prov["name"] or _("no name"), npi=repr(prov["npi"])))
        clinic["providers"].append(prov)

    if problems:
        raise CaseError(_("{file} needs fixing:").format(file=path) + "\n  - " + "\n  - ".join(problems))
    clinic["path"] = str(path)
    return clinic


def _image(profile: Path, value: Any, what: str, problems: list[str]) -> str | None:
    """The absolute path of an image the profile names (a logo, a signature), or None with the problem noted: a
    PNG or JPEG inside the profile's own folder (never a file elsewhere on the computer)."""
    from appeal_kit.case.folder import inside

    name = _text(value)
    if not name:
        return None
    try:
        image = inside(profile.parent, name, what=what)
    except CaseError as exc:
        problems.append(exc.message)
        return None
    if image.suffix.lower() not in IMAGE_SUFFIXES:
        problems.append(_("{what}: {name} should be a PNG or JPEG image").format(what=what, name=name))
    elif not image.is_file():
        problems.append(_("{what}: {name} was not found next to {file} (the path is relative to it)").format(
            what=what, name=name, file=profile.name))
    else:
        return str(image)
    return None


def find_provider(clinic: dict | None, name: str | None) -> dict | None:
    """The clinic's provider whose name matches `name` (see person_key), or None."""
    key = person_key(name)
    if not clinic or not key:
        return None
    return next((p for p in clinic.get("providers") or [] if person_key(p["name"]) == key), None)


def writes_from_clinic(data: dict, clinic: dict | None) -> bool:
    """The case's author writes from the clinic: it names the clinic (author.clinic) or one of its providers
    (author.provider, or an author.name that is one)."""
    author = data.get("author") or {}
    if not clinic or not isinstance(author, dict):
        return False
    return bool(author.get("clinic") or author.get("provider")
                or find_provider(clinic, author.get("name")) is not None)


def names_a_clinic(data: dict) -> str | None:
    """The case.yaml field that says the author writes from a clinic (author.clinic, author.provider), or None."""
    author = data.get("author") or {}
    if not isinstance(author, dict):
        return None
    return next((f"author.{k}" for k in ("clinic", "provider") if author.get(k)), None)


def sender_details(data: dict, clinic: dict | None) -> dict:
    """The author's contact details (address, phone, fax, email) as a letter or fax cover prints them: the
    profile's when the author writes from the clinic, read now, so a changed letterhead reaches every letter; the
    case's own otherwise (a patient, an outside advocate). A patient who writes their own appeal has given how to
    reach them once, in patient.address, .phone and .email: those are the author's where the author's own are not
    given, so the decision has a return address (letters set 77, case 02; set 78, cases 02 and 04: the sender block
    printed the name alone). So with the treating clinician who writes as the case's `provider` (named alike): the
    practice's address and phone the case gives there (letters set 85, case 05: a psychiatrist's expedited appeal
    signed under his name alone, his address under `provider`)."""
    from appeal_kit.letter.derived import writes_for_someone_else

    author = data.get("author")
    author = author if isinstance(author, dict) else {}
    details = {k: author.get(k) for k in SENDER_KEYS}
    patient = data.get("patient")
    if isinstance(patient, dict) and not writes_for_someone_else(data):
        details.update({k: patient[k] for k in SENDER_KEYS if not details[k] and patient.get(k)})
    provider = data.get("provider")
    if isinstance(provider, dict) and person_key(author.get("name")) \
            and person_key(author.get("name")) == person_key(provider.get("name")):
        details.update({k: provider[k] for k in SENDER_KEYS if not details[k] and provider.get(k)})
    if clinic is not None and writes_from_clinic(data, clinic):
        details.update({k: clinic[k] for k in SENDER_KEYS if clinic.get(k)})
    return details


def with_signer(clinic: dict | None, author_name: str | None, provider_name: str | None = None) -> dict | None:
    """A copy of the profile with `provider`: the provider named by the case's `author.provider`, else the one
    named like `author.name`; None when no name matches (never a guess: `check` reports it). And `author_provider`:
    the provider who is the letter's author (named like `author.name`), whose signature, NPI and license go under
    an appeal letter's signature; None when the author is not one of the clinic's providers (a patient's appeal
    that names the prescriber in `author.provider` is still signed by the patient alone)."""
    if clinic is None:
        return None
    return {**clinic, "provider": find_provider(clinic, provider_name or author_name),
            "author_provider": find_provider(clinic, author_name)}
