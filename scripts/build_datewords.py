"""Build classifier/resources/datewords.txt: month and weekday names of every CLDR locale (via Babel), plus
the Bangla (Bengali solar) and Hijri month names that CLDR's Gregorian data lacks.

One lower-cased token a line, sorted. Tokens are whitespace words of the names with punctuation stripped at
both ends; tokens of one letter are left out. Run after a Babel upgrade:

    python scripts/build_datewords.py
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from babel import Locale, localedata

EXTRA = """
বৈশাখ জ্যৈষ্ঠ জৈষ্ঠ্য আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র বঙ্গাব্দ খ্রিষ্টাব্দ খ্রিস্টাব্দ হিজরি হিজরী
মহররম সফর রবিউল আউয়াল রবিউস সানি জমাদিউল জমাদিউস রজব শাবান রমজান শাওয়াল জিলকদ জিলহজ জিলক্বদ জিলহজ্জ
muharram safar rabi al-awwal al-thani rabi-ul-awal rabiul awal jumada jamadiul jumada al-ula rajab shaban sha'ban ramadan ramzan
shawwal dhu al-qadah al-hijjah zulqad zilhaj zilhajj hijri ah
محرم صفر ربيع الأول الثاني جمادى الأولى الآخرة رجب شعبان رمضان شوال القعدة الحجة هـ ذو
baishakh boishakh jyoishtho ashar shrabon bhadro ashwin kartik ogrohayon poush magh falgun choitro bangabda
""".split()


def tokens(name: str) -> list[str]:
    out = []
    for word in name.lower().split():
        word = word.strip("".join(c for c in set(word) if unicodedata.category(c)[0] in "PS"))
        if len(word) > 1:
            out.append(word)
    return out


def main() -> None:
    words: set[str] = set()
    for code in localedata.locale_identifiers():
        try:
            loc = Locale.parse(code)
        except Exception:  # some identifiers have no data of their own
            continue
        for table in (loc.months, loc.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for name in table.get(context, {}).get(width, {}).values():
                        words.update(tokens(name))
    for word in EXTRA:
        words.update(tokens(word))
    out = Path(__file__).resolve().parent.parent / "classifier" / "resources" / "datewords.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} tokens -> {out}")


if __name__ == "__main__":
    main()
