"""An article's date: front matter first, otherwise the dateline's month and day with a year.

Wire datelines give a month and day but rarely a year. The year comes from the weekday
the text names ("on Thursday": 6 April was a Thursday in 2017 and 2023) checked against
the years the text mentions, then the year in the file's path, then a configured
default. `Article.date_source` records which evidence decided, so a reader of the data
can tell a stated date from an inferred one. When nothing decides, the dateline's month
and day are kept with a guessed year (`dateline+guess`) and a warning says how to fix it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from generator.model import Article, DateSource, Problem, Severity
from generator.read.dateline import MONTH_PATTERN, MONTHS, find_dateline

WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WEEKDAY = re.compile(r"\b(" + "|".join(calendar.day_name) + r")\b")
_YEAR = re.compile(r"(?<![\d/.,$£€-])(19[0-9]\d|20\d\d)(?![\d/%]|,\d|\.\d)")
_MONTH_YEAR_ONLY = re.compile(rf"\b({MONTH_PATTERN})[ ](19\d\d|20\d\d)\b")
_MONTH_YEAR = re.compile(rf"\b{MONTH_PATTERN}(?:[ ]\d{{1,2}},?)?[ ](19\d\d|20\d\d)\b")
_PATH_YEAR = re.compile(r"(?:^|[/_-])(19\d\d|20\d\d)(?=[/_.-]|$)")
_PATH_DATE = re.compile(r"(?:^|/)(19\d\d|20\d\d)[/-](\d\d)[/-](\d\d)(?=[/_.-]|$)")
# Full dates as publication lines and front matter write them.
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_MDY_DATE = re.compile(rf"({MONTH_PATTERN})[ ]{{1,2}}(\d{{1,2}})(?:st|nd|rd|th)?,?[ ](\d{{4}})")
_DMY_DATE = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?[ ]({MONTH_PATTERN}),?[ ](\d{{4}})")
_TIMESTAMP_WORDS = re.compile(
    r"^(?:Published|Updated|Posted|Last updated|Date|First published|Modified)\b[: ]*"
    r"(?:on\b[: ]*)?",
    re.I,
)
# An agency or site name that opens a publication line (`KYODO NEWS - Apr 6, 2017`).
_LINE_PREFIX = re.compile(
    r"(?:KYODO NEWS|Kyodo News|Reuters|REUTERS|AFP|Xinhua|BBC News)[ ]+[-–—|]?"
)
_TIME_ONLY = re.compile(r"\d{1,2}[:.]\d\d(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,5})?,?")
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|confirmed|declared|noted|added|wrote"
    r"|tweeted|posted)\b|^[,]?[ ](?:said|told|announced|reported)\b"
)
_OTHER_DAY = re.compile(
    r"\b(?:will|would|next|until|from|by|before|after|since|opens?|starts?|begins?|due"
    r"|scheduled|planned|expected|last)\b"
)
_SCAN_LIMIT = 200_000
# The year a dateline's month/day is placed in when nothing in the article decides it.
GUESS_YEAR = 2026  # characters of text searched for weekdays and years


def find_date(article: Article, default_year: int | None = None) -> None:
    """Set `article.date` and `article.date_source`; report what contradicts or is missing."""
    if _date_from_front_matter(article):
        return
    block = next(iter(article.blocks_of("dateline")), None)
    found = find_dateline(article.block_text(block)) if block else None
    if block is not None and found and found.month and found.day:
        _date_from_dateline(article, found.month, found.day, found.year, block.start, default_year)
        return
    stated = _stated_date(article)
    if stated:
        article.date, article.date_source = stated, "text"
        return
    path_date = _path_date(article.path)
    foreign = _foreign_dateline(article, default_year) if path_date is None else None
    if foreign:
        article.date, article.date_source = foreign, "dateline+path"
        return
    if path_date:
        article.date, article.date_source = path_date, "path"
        return
    if not article.text.strip():
        return
    article.problem(
        0,
        "no date found (no front-matter date, dated dateline or date in the path)",
        "add `date: YYYY-MM-DD` to front matter, or a dateline such as `MOSCOW, April 6 -`",
        severity="warning",
    )


def parse_date_value(value: object) -> tuple[dt.date | None, str | None]:
    """A front-matter date value as a date, or None and why it is not one."""
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = str(value).strip()
    for pattern, order in ((_ISO_DATE, "ymd"), (_MDY_DATE, "mdy"), (_DMY_DATE, "dmy")):
        match = pattern.match(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        month_number = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
        year, day = int(parts["y"]), int(parts["d"])
        date = safe_date(year, month_number, day)
        if date is None:
            return None, f"{text!r} is not a real date ({_why_impossible(year, month_number)})"
        return date, None
    return None, f"{text!r} is not a date"


def stated_date(line: str) -> dt.date | None:
    """The full date a publication line states (`Published April 6, 2017 12:30`,
    `Updated 3:14 PM EST, April 6, 2017`, `KYODO NEWS - Apr 6, 2017 - 12:34`), or None."""
    if len(line) > 120 or "\n" in line:
        return None
    stamp = _TIMESTAMP_WORDS.match(line)
    rest = line[stamp.end() :] if stamp else line
    rest = _LINE_PREFIX.sub("", rest, count=1).lstrip("|/ ")
    weekday = re.match(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ ]", rest)
    if weekday:
        rest = rest[weekday.end() :]
    for pattern, order in ((_ISO_DATE, "ymd"), (_MDY_DATE, "mdy"), (_DMY_DATE, "dmy")):
        match = pattern.search(rest)
        if not match:
            continue
        head = rest[: match.start()].strip(" ,|/·-–—")
        tail = rest[match.end() :].strip(" ,|/·-–—")
        if head and not _TIME_ONLY.fullmatch(head):
            return None
        if len(tail.split()) > 8 or (tail and tail[-1] in "!?") or tail.endswith(". "):
            return None
        if tail.endswith(".") and not tail.endswith(("a.m.", "p.m.")):
            return None
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        month_number = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
        return safe_date(int(parts["y"]), month_number, int(parts["d"]))
    return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """`dt.date` that gives None instead of raising for 30 February."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _why_impossible(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    days = calendar.monthrange(year if 1 <= year <= 9999 else 2000, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


def _meta_line(article: Article, key: str) -> int:
    """The line of `key:` in the front matter, for messages."""
    block = next(iter(article.blocks_of("front-matter")), None)
    if block is None:
        return 1
    match = re.compile(rf"^{re.escape(key)}[ \t]*:", re.M).search(
        article.text, block.start, block.end
    )
    return article.line_of(match.start()) if match else 1


def _date_from_front_matter(article: Article) -> bool:
    value = article.meta.get("date")
    if value in (None, ""):
        return False
    date, why = parse_date_value(value)
    line = _meta_line(article, "date")
    if date is None:
        article.errors.append(
            _problem(article, line, f"front matter date {why}", "write it as `date: YYYY-MM-DD`")
        )
        return False
    article.date, article.date_source = date, "front-matter"
    block = next(iter(article.blocks_of("dateline")), None)
    found = find_dateline(article.block_text(block)) if block else None
    if found and found.month and found.day:
        stated = safe_date(date.year, found.month, found.day)
        if stated is None or abs((stated - date).days) > 1:
            article.warnings.append(
                _problem(
                    article,
                    line,
                    f"front matter date {date.isoformat()} does not match the dateline "
                    f"({calendar.month_name[found.month]} {found.day})",
                    "the front-matter date is used; correct one of them if it is wrong",
                    "notice",
                )
            )
            return True
    _check_weekday(article, date, block.start if block else 0, line)
    return True


def _date_from_dateline(
    article: Article,
    month: int,
    day: int,
    year: int | None,
    offset: int,
    default_year: int | None,
) -> None:
    if safe_date(2000, month, day) is None:
        article.problem(
            offset,
            f"the dateline gives an impossible date ({calendar.month_name[month]} {day}: "
            f"{calendar.month_name[month]} has at most {calendar.monthrange(2000, month)[1]} days)",
            "correct the dateline, or set `date: YYYY-MM-DD` in front matter",
        )
        return
    if year is not None:
        date = safe_date(year, month, day)
        if date is None:
            article.problem(
                offset,
                f"the dateline gives an impossible date ({_why_impossible(year, month)})",
                "correct the dateline, or set `date: YYYY-MM-DD` in front matter",
            )
            return
        article.date, article.date_source = date, "dateline"
        _check_weekday(article, date, offset)
        return
    text_years = _text_years(article.text)
    path_year = _path_year(article.path)
    stated = _stated_date(article)
    stated_year = stated.year if stated and _near(stated, month, day, days=1) else None
    near_year = _year_of_nearby_date(article.text, month, day)
    # 1. The weekday named next to the dateline picks among the years in play: those the
    # page states, the path, the configuration, then the years the text mentions (and the
    # one after the latest: January copy names the year just ended).
    candidates = [y for y in (stated_year, near_year, path_year, default_year) if y]
    candidates += text_years[:2]
    if text_years:
        candidates.append(max(text_years) + 1)
    for weekday in _lead_weekdays(article, offset)[:2]:
        matching = [y for y in dict.fromkeys(candidates) if _weekday_of(y, month, day) == weekday]
        if matching:
            article.date = dt.date(matching[0], month, day)
            article.date_source = "dateline+weekday"
            return
    # 2. A full date in the text near the dateline's (`Published April 6, 2017`, `in
    # March 2017`), then the path, then the configured default year.
    choices: list[tuple[DateSource, int | None]] = [
        ("dateline+text", stated_year or near_year),
        ("dateline+path", path_year),
        ("dateline+config", default_year),
    ]
    for source, chosen in choices:
        date = safe_date(chosen, month, day) if chosen else None
        if date:
            article.date, article.date_source = date, source
            _check_weekday(article, date, offset)
            return
    weekdays = _lead_weekdays(article, offset) or _weekdays(article, offset)
    # 3. Nothing decides: keep the dateline's month and day with a guessed year, the latest
    # up to GUESS_YEAR on the weekday the text names (a constant, so output stays stable).
    guess = _latest_year(month, day, weekdays[0] if weekdays else None)
    article.date = dt.date(guess, month, day)
    article.date_source = "dateline+guess"
    article.problem(
        offset,
        f"the dateline gives {calendar.month_name[month]} {day} but nothing fixes the year "
        f"(no year in the text, path or configuration agrees with it); guessed {guess}",
        f"add `date: YYYY-{month:02d}-{day:02d}` to front matter, put the file in a year "
        "folder such as content/2017/, or set a default year (--default-year)",
        severity="warning",
    )


def _latest_year(month: int, day: int, weekday: int | None) -> int:
    """The latest year up to GUESS_YEAR in which month/day exists (and is `weekday`)."""
    for year in range(GUESS_YEAR, GUESS_YEAR - 40, -1):
        date = safe_date(year, month, day)
        if date and (weekday is None or date.weekday() == weekday):
            return year
    return GUESS_YEAR if safe_date(GUESS_YEAR, month, day) else 2024


def _check_weekday(article: Article, date: dt.date, offset: int, line: int | None = None) -> None:
    """Warn when the text gives the date's own weekday and it is another day.

    Only a weekday written with the date (`Thursday, April 6`, `April 6 (Thursday)`) or
    with `today` names the dateline's day. Any other weekday (`a tender on Friday`, `said
    on Thursday`) may be any day of the week before it: wire copy reports the past."""
    named = _weekday_of_the_date(article, date, offset)
    if named is not None and named != date.weekday():
        problem = _problem(
            article,
            line or article.line_of(offset),
            f"{date:%B} {date.day}, {date.year} was a {date:%A}, but the text says "
            f"{calendar.day_name[named]}",
            "if the year is wrong, set the right date as `date: YYYY-MM-DD` in front "
            "matter; if the text is wrong, correct its weekday or date",
            "warning",
        )
        article.warnings.append(problem)


_DAY_NAME = "|".join(calendar.day_name)
_DATED_WEEKDAY = re.compile(
    rf"\b(?:(?P<before>{_DAY_NAME}),?[ ](?:(?P<m1>{MONTH_PATTERN})[ ](?P<d1>\d{{1,2}})\b"
    rf"|(?P<d2>\d{{1,2}})[ ](?P<m2>{MONTH_PATTERN})\b)"
    rf"|(?:(?P<m3>{MONTH_PATTERN})[ ](?P<d3>\d{{1,2}})|(?P<d4>\d{{1,2}})[ ](?P<m4>{MONTH_PATTERN}))"
    rf",?[ ]\(?(?P<after>{_DAY_NAME})\b"
    rf"|\btoday,?[ ]\(?(?P<today>{_DAY_NAME})\b|(?P<today2>{_DAY_NAME})[ ]\(today\))"
)


def _paragraph_end(article: Article, offset: int) -> int:
    """Where the paragraph holding `offset` ends; a hard-wrapped one runs over lines."""
    end = article.text.find("\n", offset)
    end = len(article.text) if end < 0 else end
    for block in article.blocks:
        if block.start <= end < block.end or (offset <= block.start <= end < block.end):
            end = block.end
    return end


def _weekday_of_the_date(article: Article, date: dt.date, offset: int) -> int | None:
    """The weekday the dateline's paragraph gives for the date itself, or None."""
    text = article.text
    end = _paragraph_end(article, offset)
    for match in _DATED_WEEKDAY.finditer(text, offset, min(end, offset + 5000)):
        if match["today"] or match["today2"]:
            return WEEKDAYS[(match["today"] or match["today2"]).lower()]
        month = next(m for m in match.group("m1", "m2", "m3", "m4") if m)
        day = int(next(d for d in match.group("d1", "d2", "d3", "d4") if d))
        if MONTHS[month[:3].lower()] == date.month and day == date.day:
            return WEEKDAYS[(match["before"] or match["after"]).lower()]
    return None


def _weekdays(article: Article, offset: int) -> list[int]:
    """Every weekday the text names from the dateline on, for guessing a year."""
    text = article.text[:_SCAN_LIMIT]
    return list(
        dict.fromkeys(WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY.finditer(text, offset))
    )


def _text_years(text: str) -> list[int]:
    """Years the text mentions, most telling first: next to a month name, then most frequent."""
    text = text[:_SCAN_LIMIT]
    scores: dict[int, float] = {}
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        scores[year] = scores.get(year, 0) + 1 + year / 100_000
    for match in _MONTH_YEAR.finditer(text):
        year = int(match.group(1))
        scores[year] = scores.get(year, 0) + 5
    return sorted(scores, key=lambda y: -scores[y])


def _weekday_of(year: int, month: int, day: int) -> int | None:
    date = safe_date(year, month, day)
    return date.weekday() if date else None


def _near(date: dt.date, month: int, day: int, days: int = 1) -> bool:
    """True when month/day in `date`'s year (or the years either side) is within `days`."""
    for year in (date.year, date.year - 1, date.year + 1):
        other = safe_date(year, month, day)
        if other is not None and abs((other - date).days) <= days:
            return True
    return False


def _year_of_nearby_date(text: str, month: int, day: int) -> int | None:
    """The year of a date the text states within ten days of the dateline's month/day
    (`on April 4, 2017`) or in its month (`in April 2017`). Years alone, or dates further
    off, say too little: wire copy is full of `1986 profit` and last year's dates."""
    text = text[:_SCAN_LIMIT]
    for match in _MDY_DATE.finditer(text):
        stated = safe_date(
            int(match.group(3)), MONTHS[match.group(1)[:3].lower()], int(match.group(2))
        )
        if stated and 1900 < stated.year < 2100:
            for year in (stated.year, stated.year + 1, stated.year - 1):
                target = safe_date(year, month, day)
                if target and abs((target - stated).days) <= 10:
                    return year
    for match in _MONTH_YEAR_ONLY.finditer(text):
        if MONTHS[match.group(1)[:3].lower()] == month:
            return int(match.group(2))
    return None


def _lead_weekdays(article: Article, offset: int) -> list[int]:
    """Weekdays that name the dateline's own day: in the dateline's paragraph, next to a
    reporting verb (`said on Thursday`, `told reporters Thursday`), or after `on` when
    nothing marks another day (`opens on Thursday`, `will meet on Monday` do)."""
    text = article.text
    end = _paragraph_end(article, offset)
    reported: list[int] = []
    plain: list[int] = []
    for match in _WEEKDAY.finditer(text, offset, min(end, offset + 5000)):
        sentence_start = max(text.rfind(". ", offset, match.start()), offset)
        before = text[max(sentence_start, match.start() - 90) : match.start()]
        after = text[match.end() : match.end() + 25]
        weekday = WEEKDAYS[match.group(1).lower()]
        verbs = list(_REPORTING.finditer(before))
        between = before[verbs[-1].end() :] if verbs else ""
        if (verbs and not _OTHER_DAY.search(between)) or _REPORTING.match(after):
            reported.append(weekday)
        elif before.endswith(("on ", "On ")) and not _OTHER_DAY.search(before[-40:]):
            plain.append(weekday)
    return list(dict.fromkeys(reported + plain))


def _stated_date(article: Article) -> dt.date | None:
    """A full date on a publication line near the top (kept as a byline block)."""
    for block in article.blocks_of("byline")[:4]:
        date = stated_date(article.block_text(block))
        if date:
            return date
    return None


# Month names of datelines in other languages (Russian in the genitive, as TASS and
# Interfax write `МОСКВА, 6 апреля`), for the day; the year comes from the path.
_FOREIGN_MONTH_NAMES = (
    "января январь janvier januar enero gennaio janeiro",
    "февраля февраль février februar febrero febbraio fevereiro",
    "марта март mars märz marzo março",
    "апреля апрель avril abril aprile",
    "мая май mai mayo maggio maio",
    "июня июнь juin juni junio giugno junho",
    "июля июль juillet juli julio luglio julho",
    "августа август août august agosto",
    "сентября сентябрь septembre september septiembre settembre setembro",
    "октября октябрь octobre oktober octubre ottobre outubro",
    "ноября ноябрь novembre november noviembre novembro",
    "декабря декабрь décembre dezember diciembre dicembre dezembro",
)
_FOREIGN_MONTHS = {
    name: number for number, names in enumerate(_FOREIGN_MONTH_NAMES, 1) for name in names.split()
} | {calendar.month_name[number].lower(): number for number in range(1, 13)}  # `6. April`
_FOREIGN_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\.?[ ]+(?:de[ ]+)?([^\W\d_]{3,10})", re.U)


def _foreign_dateline(article: Article, default_year: int | None) -> dt.date | None:
    """The date of a dateline in another language (`МОСКВА, 6 апреля. /ТАСС/.`): its
    day and month, the year from the path (or the configured default year)."""
    year = _path_year(article.path) or default_year
    first = next((b for b in article.blocks if b.kind in ("dateline", "paragraph", "lead")), None)
    if year is None or first is None:
        return None
    opening = article.block_text(first)[:80]
    for match in _FOREIGN_DAY_MONTH.finditer(opening):
        month = _FOREIGN_MONTHS.get(match.group(2).lower())
        if month:
            return safe_date(year, month, int(match.group(1)))
    return None


def _path_year(path: str) -> int | None:
    match = _PATH_YEAR.search(path)
    return int(match.group(1)) if match else None


def _path_date(path: str) -> dt.date | None:
    full = _PATH_DATE.search(path)
    if full:
        return safe_date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
    return None


def _problem(
    article: Article, line: int, message: str, hint: str, severity: Severity = "error"
) -> Problem:
    return Problem(article.path, line, message, hint, severity)
