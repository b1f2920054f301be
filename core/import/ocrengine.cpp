// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrengine.h"

#include <QDir>
#include <QHash>
#include <QTransform>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cstdlib>
#include <mutex>

#include <unistd.h>

namespace Recoupe {

namespace {

// Tesseract prints its settings and warnings ("Estimating resolution…") on stderr unless told.
void quieten(tesseract::TessBaseAPI &api)
{
    api.SetVariable("debug_file", "/dev/null");
}

} // namespace

OcrEngine::OcrEngine() = default;

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
    if (m_osd)
        m_osd->End();
}

QStringList OcrEngine::installedLanguages()
{
    static std::once_flag once;
    static QStringList languages;
    std::call_once(once, [] {
        tesseract::TessBaseAPI api;
        quieten(api);
        // Any model gives the data path; "osd" is the smallest and always with Tesseract.
        if (api.Init(nullptr, "osd", tesseract::OEM_DEFAULT) != 0 && api.Init(nullptr, "eng") != 0)
            return;
        std::vector<std::string> found;
        api.GetAvailableLanguagesAsVector(&found);
        for (const std::string &language : found)
            languages.append(QString::fromStdString(language));
        api.End();
    });
    return languages;
}

QString OcrEngine::missingModels(const QString &languages)
{
    const QStringList installed = installedLanguages();
    QStringList packages;
    for (const QString &language : languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!installed.contains(language))
            packages.append(QStringLiteral("tesseract-ocr-%1")
                                .arg(language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'))));
    }
    if (packages.isEmpty())
        return {};
    return tr("Text recognition in “%1” needs a language model that is not installed. Install the "
              "package %2 and try again.")
        .arg(languages, packages.join(QStringLiteral(", ")));
}

QString OcrEngine::tesseractLanguage(const QString &bcp47)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("fr"), QStringLiteral("fra")},
        {QStringLiteral("en"), QStringLiteral("eng")},
        {QStringLiteral("de"), QStringLiteral("deu")},
        {QStringLiteral("es"), QStringLiteral("spa")},
        {QStringLiteral("it"), QStringLiteral("ita")},
        {QStringLiteral("nl"), QStringLiteral("nld")},
        {QStringLiteral("pt"), QStringLiteral("por")},
        {QStringLiteral("pl"), QStringLiteral("pol")},
        {QStringLiteral("ru"), QStringLiteral("rus")},
        {QStringLiteral("ar"), QStringLiteral("ara")},
    };
    return codes.value(bcp47.section(QLatin1Char('-'), 0, 0).toLower());
}

QString OcrEngine::languagesFor(const QString &bcp47)
{
    const QString own = tesseractLanguage(bcp47);
    if (own.isEmpty() || own == QLatin1String("eng"))
        return QStringLiteral("eng");
    return own + QLatin1String("+eng");
}

void OcrEngine::holdOpenMpToOneThread(char **argv)
{
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // If the program cannot start again, it runs on with OpenMP's own limit.
}

Status OcrEngine::load(const QString &languages)
{
    if (m_api && m_languages == languages)
        return {};
    const QString missing = missingModels(languages);
    if (!missing.isEmpty())
        return Error {missing};
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    quieten(*m_api);
    if (m_api->Init(nullptr, languages.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        return Error {tr("Tesseract cannot load its models for “%1”.").arg(languages)};
    }
    m_languages = languages;
    return {};
}

int OcrEngine::detectRotation(const QImage &gray, int dotsPerInch)
{
    // Orientation detection runs on the legacy "osd" model, in an engine of its own.
    if (!m_osd) {
        m_osd = std::make_unique<tesseract::TessBaseAPI>();
        quieten(*m_osd);
        if (m_osd->Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
            m_osd.reset();
            return 0;
        }
        m_osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    }
    m_osd->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_osd->SetSourceResolution(dotsPerInch);
    int degrees = 0;
    float orientationConfidence = 0;
    const char *script = nullptr;
    float scriptConfidence = 0;
    // A page with too little text gives no answer: it is taken as upright.
    if (!m_osd->DetectOrientationScript(&degrees, &orientationConfidence, &script, &scriptConfidence))
        return 0;
    return orientationConfidence >= 2.0F ? degrees : 0;
}

OcrText OcrEngine::read(const QImage &image, int dotsPerInch)
{
    OcrText out;
    if (!m_api || image.isNull())
        return out;
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // Tesseract reports the clockwise rotation of the page; turning it back makes it upright.
    const int rotation = detectRotation(gray, dotsPerInch);
    QTransform back;
    if (rotation != 0) {
        const QTransform turn = QTransform().rotate(-rotation);
        back = QImage::trueMatrix(turn, gray.width(), gray.height()).inverted();
        gray = gray.transformed(turn);
    }
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dotsPerInch);
    if (m_api->Recognize(nullptr) != 0)
        return out;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return out;
    double confidenceSum = 0;
    const tesseract::PageIteratorLevel word = tesseract::RIL_WORD;
    do {
        if (it->Empty(word))
            continue;
        const std::unique_ptr<char[]> utf8(it->GetUTF8Text(word));
        const QString text = QString::fromUtf8(utf8.get()).trimmed();
        if (text.isEmpty())
            continue;
        if (!out.text.isEmpty()) {
            if (it->IsAtBeginningOf(tesseract::RIL_BLOCK) || it->IsAtBeginningOf(tesseract::RIL_PARA))
                out.text += QLatin1String("\n\n");
            else if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                out.text += QLatin1Char('\n');
            else
                out.text += QLatin1Char(' ');
        }
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(word, &left, &top, &right, &bottom);
        PdfWord w;
        w.start = qint32(out.text.size());
        w.length = qint32(text.size());
        w.box = back.mapRect(QRectF(QPointF(left, top), QPointF(right, bottom)));
        const float confidence = qBound(0.0F, it->Confidence(word), 100.0F);
        out.text += text;
        out.words.append(w);
        out.confidences.append(char(qRound(confidence)));
        confidenceSum += confidence;
    } while (it->Next(word));
    if (!out.words.isEmpty())
        out.meanConfidence = confidenceSum / out.words.size();
    return out;
}

} // namespace Recoupe
