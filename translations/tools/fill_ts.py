#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/plenipo_LANG.ts from translations/source/LANG.py (a dict T: English source
-> translation, or a list of plural forms for %n messages; CONTEXT_T: {(context, source): ...}
for the few sources whose translation depends on the context).

Checks each translation against its source: the same %1..%9 placeholders, %n in plural forms
(except where a form names the number in words), an accelerator (&) when the source has one,
the same HTML tags, the same leading/trailing spaces and newlines. Reports sources without a
translation and translations whose source is gone. Run from the repository root:
    python3 translations/tools/fill_ts.py ar zh fr ru es en
"""
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = {'ar': 6, 'zh': 1, 'fr': 2, 'ru': 3, 'es': 2, 'en': 2}


def load(lang):
    spec = importlib.util.spec_from_file_location(lang, ROOT / 'translations' / 'source' / f'{lang}.py')
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.T, getattr(mod, 'CONTEXT_T', {}), getattr(mod, 'NO_N', set()), getattr(mod, 'SPACE_OK', set())


def problems(src, tr, numerus, no_n):
    out = []
    ph = lambda s: sorted(set(re.findall(r'%L?\d', s)))
    if ph(src) != ph(tr):
        out.append(f'placeholders {ph(src)} vs {ph(tr)}')
    if numerus and '%n' not in tr and not no_n:
        out.append('no %n')
    if re.search(r'&(?![a-z]+;|&)', src) and not re.search(r'&(?![a-z]+;|&)', tr):
        out.append('accelerator & missing')
    tags = lambda s: sorted(re.findall(r'</?[a-z]+\d?>', s))
    if tags(src) != tags(tr):
        out.append(f'tags {tags(src)} vs {tags(tr)}')
    if src.endswith('\n') != tr.endswith('\n') or src.startswith('\n') != tr.startswith('\n'):
        out.append('newline at start/end differs')
    if src.startswith(' ') != tr.startswith(' ') or (src.endswith(' ') != tr.endswith(' ') and not src.endswith(', ')):
        out.append('space at start/end differs')
    return out


def fill(lang):
    T, CT, NO_N, SPACE_OK = load(lang)
    path = ROOT / 'translations' / f'plenipo_{lang}.ts'
    tree = ET.parse(path)
    used, errors = set(), 0
    for ctx in tree.getroot().findall('context'):
        cname = ctx.find('name').text
        for m in ctx.findall('message'):
            src = m.find('source').text or ''
            numerus = m.get('numerus') == 'yes'
            key = (cname.replace('Plenipo::', ''), src)
            value = CT.get(key, T.get(src))
            tr_el = m.find('translation')
            if value is None:
                if lang != 'en':
                    print(f'{lang}: MISSING [{key[0]}] {src!r}')
                    errors += 1
                continue
            used.add(src)
            forms = value if isinstance(value, list) else [value]
            if numerus and len(forms) != FORMS[lang]:
                print(f'{lang}: {len(forms)} forms, expected {FORMS[lang]}: {src!r}')
                errors += 1
                continue
            if not numerus and isinstance(value, list):
                print(f'{lang}: plural forms for a non-plural source: {src!r}')
                errors += 1
                continue
            for f in forms:
                for p in problems(src, f, numerus, src in NO_N or '%n' not in src):
                    if p.startswith('space') and src in SPACE_OK:
                        continue
                    if numerus and p == 'no %n' and forms.index(f) in (1, 2) and lang == 'ar':
                        continue  # Arabic singular and dual name the number in words
                    print(f'{lang}: {p}: {src!r} -> {f!r}')
                    errors += 1
            for child in list(tr_el):
                tr_el.remove(child)
            tr_el.text = None
            tr_el.attrib.pop('type', None)
            if numerus:
                tr_el.text = '\n            '
                for i, f in enumerate(forms):
                    e = ET.SubElement(tr_el, 'numerusform')
                    e.text = f
                    e.tail = '\n            ' if i + 1 < len(forms) else '\n        '
            else:
                tr_el.text = value
    for src in T:
        if src not in used:
            print(f'{lang}: unused translation (source gone?): {src!r}')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')
    return errors


if __name__ == '__main__':
    total = sum(fill(lang) for lang in sys.argv[1:])
    print(f'{total} problem(s)')
    sys.exit(1 if total else 0)
