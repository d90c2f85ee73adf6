#!/usr/bin/python3
"""The plain alternative a clinic might script instead of rehabdoc, for the benchmark's comparison.

Reads a rehabdoc YAML source and writes, like rehabdoc's PDF and XLSX formats do, one PDF handout per
condition (headings, summary, each exercise with its picture, numbered steps, dose, cautions and expert
quotes) and one xlsx exercise log per program (a row per session and exercise over all weeks). It uses
only Debian packages: python3-yaml, python3-reportlab, python3-openpyxl. It checks nothing: a broken
source gives a Python traceback, which is part of what rehabdoc is compared against.

Usage: /usr/bin/python3 bench/plain_python.py SOURCE.yaml OUT_DIR [pdf|xlsx|all]
"""
import datetime
import os
import sys

import yaml
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer)
from xml.sax.saxutils import escape

FONT_DIR = "/usr/share/fonts/truetype/liberation2"


def fonts():
    """Embedded Liberation Sans when installed (Cyrillic and typographic quotes need it), else Helvetica."""
    regular = os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")
    bold = os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")
    if os.path.exists(regular) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("Sans", regular))
        pdfmetrics.registerFont(TTFont("Sans-Bold", bold))
        return "Sans", "Sans-Bold"
    return "Helvetica", "Helvetica-Bold"


def describe(dose):
    """The dose as words, like rehabdoc's Dose.describe()."""
    if not dose:
        return ""

    def count(n, unit):
        return f"{n} {unit}{'' if n == 1 else 's'}"

    parts = []
    sets, reps = dose.get("sets"), dose.get("repetitions")
    if sets and reps:
        parts.append(f"{count(sets, 'set')} of {count(reps, 'repetition')}")
    elif sets:
        parts.append(count(sets, "set"))
    elif reps:
        parts.append(count(reps, "repetition"))
    if dose.get("holdSeconds"):
        parts.append("hold " + count(dose["holdSeconds"], "second"))
    if dose.get("minutes"):
        parts.append(count(dose["minutes"], "minute"))
    if dose.get("timesPerWeek"):
        t = dose["timesPerWeek"]
        parts.append("once a week" if t == 1 else f"{t} times a week")
    return ", ".join(parts)


def handout(condition, exercises, experts, base, path, styles):
    story = [Paragraph(escape(condition["name"]), styles["title"])]
    if condition.get("clinicalName"):
        story.append(Paragraph(escape(condition["clinicalName"]), styles["subtitle"]))
    story.append(Paragraph(escape(condition["summary"]), styles["body"]))
    for heading, key in (("Symptoms", "symptoms"), ("Avoid", "avoid"), ("See a doctor if", "seeADoctorIf")):
        if condition.get(key):
            story.append(Paragraph(heading, styles["h2"]))
            story.append(bullets(condition[key], styles))
    for quote in condition.get("quotes", []):
        story.append(quoted(quote, experts, styles))
    for exercise_id in condition.get("exercises", []):
        exercise = exercises[exercise_id]
        story.append(Paragraph(escape(exercise["name"]), styles["h2"]))
        story.append(Paragraph(escape(exercise["summary"]), styles["body"]))
        for image in exercise.get("images", []):
            path_text = image["path"] if isinstance(image, dict) else image
            story.append(Image(os.path.join(base, path_text), width=6 * cm, height=3.75 * cm))
            if isinstance(image, dict) and image.get("caption"):
                story.append(Paragraph(escape(image["caption"]), styles["body"]))
        story.append(ListFlowable([ListItem(Paragraph(escape(s), styles["body"])) for s in exercise["steps"]],
                                  bulletType="1", bulletFontName=styles["body"].fontName))
        if exercise.get("dose"):
            story.append(Paragraph("Dose: " + escape(describe(exercise["dose"])), styles["body"]))
        if exercise.get("cautions"):
            story.append(bullets(exercise["cautions"], styles))
        for quote in exercise.get("quotes", []):
            story.append(quoted(quote, experts, styles))
    SimpleDocTemplate(path, pagesize=A4, title=condition["name"]).build(story)


def bullets(items, styles):
    return ListFlowable([ListItem(Paragraph(escape(i), styles["body"])) for i in items], bulletType="bullet",
                        bulletFontName=styles["body"].fontName)


def quoted(quote, experts, styles):
    who = experts.get(quote["expert"], {}).get("name", quote["expert"])
    return Paragraph(f"“{escape(quote['text'])}” — {escape(who)}", styles["quote"])


def log(program, exercises, path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(["Week", "Session", "Date", "Exercise", "Dose", "Done", "Pain (0-10)", "Notes"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    start = program.get("start")
    per_week = program["sessionsPerWeek"]
    for week in range(1, program["weeks"] + 1):
        for session in range(1, per_week + 1):
            day = start + datetime.timedelta(days=(week - 1) * 7 + (session - 1) * 7 // per_week) if start else None
            for prescribed in program["exercises"]:
                exercise = exercises[prescribed["exercise"]]
                dose = dict(exercise.get("dose") or {})
                dose.update(prescribed.get("dose") or {})
                sheet.append([week, session, day, exercise["name"], describe(dose), None, None, None])
    sheet.freeze_panes = "A2"
    book.properties.title = program["title"]
    book.save(path)


def main():
    source, out = sys.argv[1], sys.argv[2]
    formats = sys.argv[3] if len(sys.argv) > 3 else "all"
    with open(source, encoding="utf-8") as f:
        content = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    base = os.path.dirname(os.path.abspath(source))
    exercises = {e["id"]: e for e in content.get("exercises", [])}
    experts = {e["id"]: e for e in content.get("experts", [])}
    written = 0
    if formats in ("pdf", "all"):
        regular, bold = fonts()
        sample = getSampleStyleSheet()
        styles = {
            "title": ParagraphStyle("title", sample["Title"], fontName=bold),
            "subtitle": ParagraphStyle("subtitle", sample["Heading3"], fontName=regular),
            "h2": ParagraphStyle("h2", sample["Heading2"], fontName=bold),
            "body": ParagraphStyle("body", sample["BodyText"], fontName=regular),
            "quote": ParagraphStyle("quote", sample["BodyText"], fontName=regular, leftIndent=1 * cm),
        }
        os.makedirs(os.path.join(out, "handouts"), exist_ok=True)
        for condition in content.get("conditions", []):
            handout(condition, exercises, experts, base,
                    os.path.join(out, "handouts", condition["id"] + ".pdf"), styles)
            written += 1
    if formats in ("xlsx", "all"):
        os.makedirs(os.path.join(out, "logs"), exist_ok=True)
        for program in content.get("programs", []):
            log(program, exercises, os.path.join(out, "logs", program["id"] + ".xlsx"))
            written += 1
    print(f"plain_python: wrote {written} files to {out}")


if __name__ == "__main__":
    main()
