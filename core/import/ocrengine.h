// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace Recoupe {

// What Tesseract read on one page image: the text in reading order (words joined by a space, a
// line end between lines, a blank line between blocks) and each word's box in the image's pixels
// (origin top left) with its confidence, 0 to 100.
struct OcrText
{
    QString text;
    QVector<PdfWord> words; // starts relative to `text`, boxes in pixels of the image given
    QByteArray confidences; // one byte per word
    double meanConfidence = 0;
    bool blank = false; // the page holds no ink: nothing was read
};

// One Tesseract engine (libtesseract, the models of Debian's tesseract-ocr-LANG packages, no
// download). Not thread-safe: one engine per worker thread. Tesseract's OpenMP threads should
// be held to one with OMP_THREAD_LIMIT=1 in the environment before the process starts (see
// OcrEngine::holdOpenMpToOneThread), so that pages, not OpenMP, use the cores.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Loads the models of `languages` ("fra+eng"). Fails with a message naming the Debian
    // package to install when a model is missing.
    Status load(const QString &languages);
    // Turns the page upright with Tesseract's orientation detection, then reads it. Boxes are
    // given in the coordinates of `image` as passed, whatever its orientation.
    OcrText read(const QImage &image, int dotsPerInch);

    // The languages whose models are installed ("eng", "fra", "osd"…).
    static QStringList installedLanguages();
    // The reason `languages` cannot be read (a missing model, naming its package), or empty.
    static QString missingModels(const QString &languages);
    // Tesseract's code for a BCP 47 language ("fr" → "fra"), empty when unknown.
    static QString tesseractLanguage(const QString &bcp47);
    // The languages to read a document in: its own (or the dossier's) plus English.
    static QString languagesFor(const QString &bcp47);
    // If OMP_THREAD_LIMIT is unset, sets it to 1 and starts the program again with the same
    // arguments, so that libgomp (loaded with Tesseract, and reading its settings when it
    // loads) keeps to one thread per page. Call first thing in main().
    static void holdOpenMpToOneThread(char **argv);

private:
    int detectRotation(const QImage &gray, int dotsPerInch);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_osd;
    QString m_languages;
};

} // namespace Recoupe
