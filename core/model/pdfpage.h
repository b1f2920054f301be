// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

namespace Recoupe {

// A word on a PDF page: where it sits in the canonical text and its box in page points
// (origin top-left, unrotated page as Poppler reports it).
struct PdfWord
{
    qint32 start = 0; // in the canonical text of the source
    qint32 length = 0;
    QRectF box;
};

// One page of a PDF source: its size, its range in the canonical text and its words.
struct PdfPage
{
    int page = 0; // 0-based
    double width = 0;
    double height = 0;
    int rotation = 0; // degrees
    qint64 textStart = 0;
    qint64 textEnd = 0;
    QVector<PdfWord> words;
    // Pages whose text came from OCR: the language(s) Tesseract read them in ("fra+eng"), the
    // mean word confidence (0 to 100) and one confidence per word, in the order of `words`.
    // Empty language: the text is the PDF's own text layer.
    QString ocrLanguage;
    double ocrConfidence = 0;
    QByteArray wordConfidences;

    bool isOcr() const { return !ocrLanguage.isEmpty(); }

    // The stored form of `words`: little-endian records of start, length and four floats.
    // Gives each page without text an empty range at the end of the page before it (after that
    // page's closing blank line), so that page ranges never go back.
    static void placeBlankPages(QVector<PdfPage> &pages);
    static QByteArray packWords(const QVector<PdfWord> &words);
    static QVector<PdfWord> unpackWords(const QByteArray &blob);
};

} // namespace Recoupe
