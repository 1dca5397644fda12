// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/csvreader.h"

#include <QCoreApplication>

#include <csv.h>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::CsvReader", text, comment, n);
}

struct ParseState
{
    CsvReader::Result *result = nullptr;
    QStringList fields;
    int line = 1; // line being fed to the parser
    int newlinesInRecord = 0;
    bool badUtf8 = false;
    int badUtf8Line = 0;
};

void onField(void *data, size_t len, void *user)
{
    auto *st = static_cast<ParseState *>(user);
    const QByteArrayView bytes(static_cast<const char *>(data), qsizetype(len));
    if (!bytes.isValidUtf8() && !st->badUtf8) {
        st->badUtf8 = true;
        st->badUtf8Line = st->line;
    }
    st->newlinesInRecord += int(bytes.count('\n'));
    st->fields << QString::fromUtf8(bytes);
}

void onRecord(int, void *user)
{
    auto *st = static_cast<ParseState *>(user);
    st->result->records << CsvReader::Record{st->line - st->newlinesInRecord, st->fields};
    st->fields.clear();
    st->newlinesInRecord = 0;
}

} // namespace

CsvReader::Result CsvReader::parse(QByteArrayView data)
{
    Result result;
    // libcsv's own messages (csv_strerror()), in the interface language.
    const auto describe = [](int error) {
        switch (error) {
        case CSV_EPARSE:
            return tr("error parsing data while strict checking enabled");
        case CSV_ENOMEM:
            return tr("memory exhausted while increasing buffer size");
        case CSV_ETOOBIG:
            return tr("data size too large");
        default:
            break;
        }
        return QString::fromUtf8(csv_strerror(error));
    };
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        result.error = tr("out of memory");
        return result;
    }
    ParseState st;
    st.result = &result;

    // Fed one line at a time so that each record knows the line it ends on.
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl + 1;
        const QByteArrayView chunk = data.sliced(pos, end - pos);
        if (csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRecord, &st) !=
            size_t(chunk.size())) {
            result.error = describe(csv_error(&parser));
            result.errorLine = st.line;
            csv_free(&parser);
            return result;
        }
        if (nl >= 0)
            ++st.line;
        pos = end;
    }
    if (csv_fini(&parser, onField, onRecord, &st) != 0) {
        result.error = describe(csv_error(&parser));
        result.errorLine = st.line;
    }
    csv_free(&parser);
    if (st.badUtf8 && result.ok()) {
        result.error = tr("the text is not valid UTF-8");
        result.errorLine = st.badUtf8Line;
    }
    return result;
}

} // namespace Plenipo
