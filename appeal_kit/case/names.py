"""People's names in any script: one Unicode form everywhere, and the family name the Bates prefix is made from.

Names are kept in NFC (composed) form, so "Ñúñez" pasted from a Mac or a PDF with combining accents is the same
text in case.yaml, the stamps, the exhibit index, the bookmarks and the letter.

The Bates prefix is the family name in capital ASCII letters, found by the naming convention the name follows:
  * Spanish: given names, then the father's and the mother's surname ("María Guadalupe Ibáñez Muñoz"): the first
    surname, IBANEZ; particles stay with their surname ("de la Cruz" -> DELACRUZ);
  * Vietnamese, Chinese, Korean and Japanese names written in their own order put the family name first
    ("Nguyễn Thị Hằng" -> NGUYEN, "王小明" -> WANG, "김민준" -> KIM);
  * otherwise the last word, leaving out suffixes such as Jr. or III.
Names in other scripts are transliterated with anyascii; where that cannot be trusted (Arabic and Hebrew are
written without most vowels, Japanese kanji have several readings) there is no guess: the person is asked, and
`bates_prefix:` in case.yaml sets it.

Whether two names in a case are one person (the author and the patient, a copy's addressee and the author) is decided
by person_key: titles, credentials, case and punctuation set aside.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from appeal_kit.i18n import N_, _

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "md", "phd"})
# words that belong to the surname after them: "de la Cruz", "del Río", "Al Khatib", "van der Berg"
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "dos", "das", "do", "van", "der", "von",
                       "al", "el", "bin", "ibn", "bint"})
SPANISH_LETTERS = set("áéíóúñüÁÉÍÓÚÑÜ")
# Common second given names: a three-word Spanish name with one of these is two given names and one surname
# ("María Guadalupe Ibáñez")
SPANISH_GIVEN = frozenset("""maría maria josé jose juan luis carlos guadalupe fernanda isabel elena carmen antonio
    francisco javier miguel ángel angel manuel jesús jesus pedro alejandro ana lucía lucia rosa teresa andrés andres
    eduardo gabriela jorge sofía sofia valentina camila pablo diego ricardo alberto fernando patricia beatriz
    dolores pilar mercedes inés ines raúl raul ramón ramon josefina cristina victoria del""".split())
# Vietnamese surnames (about nine people in ten carry one of these) and the middle names that mark the order
VIETNAMESE_FAMILY = frozenset("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh
    truong lam mai trinh luong cao""".split())
VIETNAMESE_MIDDLE = frozenset({"thi", "van", "duc", "huu", "ngoc", "minh"})
# Chinese two-character surnames (the rest are one character)
CHINESE_COMPOUND = frozenset("""欧阳 司马 诸葛 上官 司徒 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司空 夏侯 令狐
    歐陽 司馬 諸葛""".split())
# How Korean families spell the commonest surnames in English, where it differs from the national romanization
KOREAN_SPELLING = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "조": "CHO", "윤": "YOON",
                   "임": "LIM", "오": "OH", "신": "SHIN", "권": "KWON", "안": "AHN", "유": "YOO", "류": "RYU",
                   "노": "NOH", "하": "HA", "전": "JEON", "곽": "KWAK", "우": "WOO", "구": "KOO"}


def nfc(text: str) -> str:
    """`text` in composed form: "N" + combining tilde becomes "Ñ"."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class FamilyName:
    written: str  # the family name as the case writes it ("Ibáñez", "Nguyễn", "王"); empty when not found
    convention: str  # how it was found, in words for the person (translated where it is shown)
    prefix: str | None  # the Bates prefix, or None when it has to be asked for


def _scripts(name: str) -> set[str]:
    found = set()
    for ch in name:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
            found.add("latin")
        elif 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
            found.add("hangul")
        elif 0x3040 <= cp <= 0x30FF:
            found.add("kana")
        elif 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            found.add("han")
        elif 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F:
            found.add("arabic")
        elif 0x0590 <= cp <= 0x05FF:
            found.add("hebrew")
        else:
            found.add("other")
    return found


def to_prefix(text: str) -> str:
    """Capital ASCII letters and digits of `text`, transliterated ("Ibáñez" -> IBANEZ, "Đặng" -> DANG)."""
    from anyascii import anyascii

    return re.sub(r"[^A-Z0-9]", "", anyascii(nfc(text)).upper())[:20]


def _is_vietnamese(words: list[str]) -> bool:
    text = " ".join(words)
    # letters only Vietnamese uses: ă ơ ư đ, and vowels with a tone mark on top of another mark (Latin Extended
    # Additional), e.g. ễ ị ằ
    if any(ch in "ăơưđĂƠƯĐ" or 0x1EA0 <= ord(ch) <= 0x1EF9 for ch in text):
        return True
    folded = [to_prefix(w).lower() for w in words]
    return (len(folded) >= 2 and folded[0] in VIETNAMESE_FAMILY and folded[-1] not in VIETNAMESE_FAMILY
            and (len(folded) == 2 or folded[1] in VIETNAMESE_MIDDLE))


def _is_spanish(words: list[str], language: str) -> bool:
    return (language.lower().startswith("es") or any(ch in SPANISH_LETTERS for ch in "".join(words))
            or any(w.lower() in ("de", "del", "y") for w in words))


def _surname_groups(words: list[str]) -> list[str]:
    """Words with their particles joined to the word that follows: ["María", "de la Cruz", "Díaz"]."""
    groups: list[str] = []
    pending: list[str] = []
    for w in words:
        if w.lower().rstrip(".") in PARTICLES:
            pending.append(w)
            continue
        groups.append(" ".join([*pending, w]))
        pending = []
    if pending:  # a trailing particle ("... y"): keep it as a word of its own
        groups.append(" ".join(pending))
    return groups


def family_name(name: str, language: str = "") -> FamilyName:
    """The family name of `name` by its naming convention, and the Bates prefix made from it."""
    name = nfc(" ".join(str(name or "").split()))
    if not name:
        return FamilyName("", N_("no name given"), None)
    scripts = _scripts(name)
    if scripts & {"arabic", "hebrew"} or ("han" in scripts and " " in name and "kana" not in scripts):
        # written without most vowels, or kanji with readings that cannot be told from the characters
        return FamilyName("", N_("a name in a script that cannot be spelled in Latin letters reliably"), None)
    if "hangul" in scripts:
        first = name.replace(" ", "")[0]
        return FamilyName(first, N_("family name first (Korean)"), KOREAN_SPELLING.get(first) or to_prefix(first))
    if "kana" in scripts:
        family = name.split()[0] if " " in name else ""
        if not family or "han" in scripts:
            return FamilyName("", N_("a Japanese name whose family name cannot be read from the characters"), None)
        return FamilyName(family, N_("family name first (Japanese)"), to_prefix(family) or None)
    if "han" in scripts:
        family = name[:2] if name[:2] in CHINESE_COMPOUND else name[0]
        return FamilyName(family, N_("family name first (Chinese)"), to_prefix(family) or None)
    if scripts - {"latin"}:
        words = name.split()
        return FamilyName(words[-1], N_("last word, transliterated"), to_prefix(words[-1]) or None)
    words = [w for w in name.replace(",", " ").split() if w.lower().rstrip(".") not in SUFFIXES] or name.split()
    if _is_vietnamese(words):
        return FamilyName(words[0], N_("family name first (Vietnamese)"), to_prefix(words[0]) or None)
    groups = _surname_groups(words)
    if len(groups) >= 3 and _is_spanish(words, language):
        if len(groups) == 3 and groups[1].lower() in SPANISH_GIVEN:
            first = groups[-1]  # "María Guadalupe Ibáñez": two given names, one surname
        else:
            first = groups[-2]
        return FamilyName(first, N_("first surname (Spanish double surname)"), to_prefix(first) or None)
    return FamilyName(groups[-1], N_("last name"), to_prefix(groups[-1]) or None)


# OCR confuses these letter groups ("Núñez" read as "Nufiez"); folded to one spelling to compare names
_OCR_LOOKALIKES = (("fi", "n"), ("rn", "m"), ("cl", "d"), ("vv", "w"), ("0", "o"), ("1", "l"), ("|", "l"),
                   ("i", "l"), ("5", "s"))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are one name apart from accents, case, spacing and OCR look-alikes
    ("Nufiez-Pefia" and "Núñez-Peña")."""
    def fold(text: str) -> str:
        from anyascii import anyascii

        out = re.sub(r"[\s.,'’-]+", " ", anyascii(nfc(text)).lower()).strip()
        for seen, meant in _OCR_LOOKALIKES:
            out = out.replace(seen, meant)
        return out

    return bool(a and b) and fold(a) == fold(b)


_TITLES = {"dr", "doctor", "mr", "mrs", "ms", "mx", "miss", "prof", "professor"}
# a clinician's letters after a name, lower case without punctuation ("PA-C" is "pac"); one list for every reader
# that tells a signature from a name (person_key here, packet.others on rosters)
CREDENTIALS = frozenset({
    "md", "do", "mbbs", "phd", "psyd", "pharmd", "np", "fnp", "pmhnp", "pmhnpbc", "dnp", "aprn", "cns", "crna", "pa",
    "pac", "rn", "lpn", "bsn", "msn", "bc", "lcsw", "licsw", "lmsw", "msw", "lmft", "lpc", "lpcc", "lmhc", "cadc",
    "ladc", "bcba", "ma", "ms", "med", "mph", "faaa", "fapa", "dabpn", "facp"})
_SUFFIXES = {"jr", "sr", "ii", "iii"}


def person_key(name: str | None) -> str:
    """A name reduced to what identifies the person: no titles, credentials, case or punctuation, so
    "Dr. Omar Haddad" and "Omar Haddad, DO" give the same key ("omar haddad")."""
    text = str(name or "").split(",")[0]  # credentials usually follow a comma
    words = [w for w in re.sub(r"[^\w\s]", " ", text.lower()).split()]
    while words and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 2 and (words[-1] in CREDENTIALS or words[-1] in _SUFFIXES):
        words.pop()
    return " ".join(words)


def keep_typed_name(typed: str, read: str) -> tuple[bool, str]:
    """Intake never replaces the name a person typed into case.yaml with one read from a notice (OCR turns
    "Núñez-Peña" into "Nufiez-Pefia"): whether `read` is only another spelling of `typed`, and a note saying
    which spelling was kept."""
    if nfc(typed).strip() == nfc(read).strip():
        return True, ""
    if same_name(typed, read):
        return True, _("patient.name: kept the case's spelling {typed}; the notice reads {read}, the same name apart "
                       "from accents or letters the scan misread.").format(typed=repr(nfc(typed)), read=repr(read))
    return False, ""
