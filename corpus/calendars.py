"""Dates as portals print them: local digits, the Bangla (revised Bengali) calendar and the tabular Hijri one."""
from __future__ import annotations

import datetime as dt

DIGITS = {
    "bn": "০১২৩৪৫৬৭৮৯", "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "ur": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९",
}
BANGLA_MONTHS = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]
HIJRI_MONTHS = {
    "bn": ["মহররম", "সফর", "রবিউল আউয়াল", "রবিউস সানি", "জমাদিউল আউয়াল", "জমাদিউস সানি", "রজব", "শাবান", "রমজান",
           "শাওয়াল", "জিলকদ", "জিলহজ"],
    "ar": ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
           "ذو القعدة", "ذو الحجة"],
    "ur": ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان", "رمضان", "شوال",
           "ذوالقعدہ", "ذوالحجہ"],
    "en": ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
           "Shaban", "Ramadan", "Shawwal", "Dhul Qadah", "Dhul Hijjah"],
}


def local_digits(text: str, lang: str) -> str:
    """Replace ASCII digits with the language's own digits where it has them."""
    digits = DIGITS.get(lang)
    if not digits:
        return text
    return text.translate(str.maketrans("0123456789", digits))


def bangla_date(day: dt.date) -> tuple[int, int, int]:
    """(day, month index 0-11, year) in the revised Bangla calendar used in Bangladesh (1 Baishakh = 14 April)."""
    year = day.year - 593 if (day.month, day.day) >= (4, 14) else day.year - 594
    start = dt.date(year + 593, 4, 14)
    offset = (day - start).days
    leap = (year + 594) % 4 == 0  # Falgun of a Gregorian leap year has 30 days
    lengths = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30 if leap else 29, 30]
    month = 0
    while offset >= lengths[month]:
        offset -= lengths[month]
        month += 1
    return offset + 1, month, year


def hijri_date(day: dt.date) -> tuple[int, int, int]:
    """(day, month index 0-11, year) in the tabular Islamic calendar (off by a day at most from sightings)."""
    jd = day.toordinal() + 1721425  # Julian day number
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * l) // 709
    dday = l - (709 * month) // 24
    year = 30 * n + j - 30
    return dday, month - 1, year
