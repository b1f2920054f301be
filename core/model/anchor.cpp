// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor.h"

#include <QtEndian>

#include <cstring>

namespace Recoupe {

namespace {
constexpr int RecordSize = 4 + 4 * 4;
}

QByteArray Anchor::packQuads(const QVector<PageBox> &quads)
{
    QByteArray blob(quads.size() * RecordSize, Qt::Uninitialized);
    char *out = blob.data();
    for (const PageBox &box : quads) {
        qToLittleEndian(qint32(box.page), out);
        const float values[4] = { float(box.rect.left()), float(box.rect.top()), float(box.rect.right()),
            float(box.rect.bottom()) };
        for (int i = 0; i < 4; ++i) {
            quint32 bits;
            std::memcpy(&bits, &values[i], sizeof bits);
            qToLittleEndian(bits, out + 4 + 4 * i);
        }
        out += RecordSize;
    }
    return blob;
}

QVector<PageBox> Anchor::unpackQuads(const QByteArray &blob)
{
    QVector<PageBox> quads;
    const int count = int(blob.size() / RecordSize);
    quads.reserve(count);
    const char *in = blob.constData();
    for (int i = 0; i < count; ++i, in += RecordSize) {
        float values[4];
        for (int k = 0; k < 4; ++k) {
            const quint32 bits = qFromLittleEndian<quint32>(in + 4 + 4 * k);
            std::memcpy(&values[k], &bits, sizeof bits);
        }
        quads.append({ qFromLittleEndian<qint32>(in),
            QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3])) });
    }
    return quads;
}

} // namespace Recoupe
