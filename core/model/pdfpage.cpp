// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpage.h"

#include <QtEndian>

#include <cstring>

namespace Recoupe {

namespace {
constexpr int RecordSize = 4 + 4 + 4 * 4;

void putFloat(char *out, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    qToLittleEndian(bits, out);
}

float getFloat(const char *in)
{
    const quint32 bits = qFromLittleEndian<quint32>(in);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}
} // namespace

QByteArray PdfPage::packWords(const QVector<PdfWord> &words)
{
    QByteArray blob(words.size() * RecordSize, Qt::Uninitialized);
    char *out = blob.data();
    for (const PdfWord &word : words) {
        qToLittleEndian(word.start, out);
        qToLittleEndian(word.length, out + 4);
        putFloat(out + 8, float(word.box.left()));
        putFloat(out + 12, float(word.box.top()));
        putFloat(out + 16, float(word.box.right()));
        putFloat(out + 20, float(word.box.bottom()));
        out += RecordSize;
    }
    return blob;
}

QVector<PdfWord> PdfPage::unpackWords(const QByteArray &blob)
{
    QVector<PdfWord> words;
    const int count = int(blob.size() / RecordSize);
    words.reserve(count);
    const char *in = blob.constData();
    for (int i = 0; i < count; ++i, in += RecordSize) {
        PdfWord word;
        word.start = qFromLittleEndian<qint32>(in);
        word.length = qFromLittleEndian<qint32>(in + 4);
        const float left = getFloat(in + 8), top = getFloat(in + 12);
        const float right = getFloat(in + 16), bottom = getFloat(in + 20);
        word.box = QRectF(QPointF(left, top), QPointF(right, bottom));
        words.append(word);
    }
    return words;
}

void PdfPage::placeBlankPages(QVector<PdfPage> &pages)
{
    for (int i = 1; i < pages.size(); ++i) {
        PdfPage &page = pages[i];
        if (page.words.isEmpty() && page.textStart == page.textEnd)
            page.textStart = page.textEnd = pages[i - 1].textEnd;
    }
}

} // namespace Recoupe
