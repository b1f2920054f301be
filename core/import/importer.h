// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Recoupe {

struct SourceDraft;

// What an importer gets besides the bytes: the file's name for messages and fallbacks, the
// password for protected documents, a progress callback and a cancel flag.
struct ImportContext
{
    QString path; // as the user gave it; messages name it
    QString password; // PDFs: user or owner password, empty when none was given
    // Called with the fraction done, 0 to 1, from the importing thread.
    std::function<void(double)> progress;
    // Set from any thread to stop; importers check it between pages or blocks.
    const std::atomic_bool *cancel = nullptr;
    // Threads an importer may use for one file (PDF pages); 0 means one per core.
    int threads = 0;
    // Containers (an mbox) hand each source they hold here as soon as it is read, so memory
    // holds one of them at a time. Returns an error message, empty when the source was kept.
    std::function<QString(SourceDraft &)> deliver;
    // Scanned pages (OCR): the Tesseract languages to read them in ("fra+eng"); when empty,
    // the language identified for the document, else `dossierLanguage` (BCP 47), plus English.
    QString ocrLanguages;
    QString dossierLanguage;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void reportProgress(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
    // The file name without its folder, for titles and messages.
    QString fileName() const;
};

// One document format, in the shape of Okular's generators: it says which files it reads and
// turns their bytes into a SourceDraft. Importers are stateless and used from any thread.
class Importer
{
public:
    enum class Outcome
    {
        Read,
        Failed,
        NeedsPassword,
        Cancelled
    };
    struct ReadResult
    {
        Outcome outcome = Outcome::Read;
        QString message; // translated, names the file; empty when read
    };

    virtual ~Importer();

    // Stable identifier ("text", "html", "markdown", "pdf").
    virtual QString id() const = 0;
    // Translated format name for file dialogs ("Web pages").
    virtual QString displayName() const = 0;
    // Lower-case file name extensions without the dot, most common first.
    virtual QStringList extensions() const = 0;
    // Whether the first bytes of a file whose extension matched no importer are clearly this
    // format (a PDF signature, an HTML doctype). Plain text claims nothing this way.
    virtual bool recognizes(const QByteArray &head) const;
    // How many bytes from the start of a file checkHead() needs to see.
    static constexpr qsizetype HeadSize = 64 * 1024;
    // Whether the first HeadSize bytes of a file already show that this importer cannot read it
    // (binary data in a text file), so that a large file is refused without reading it all.
    // read() makes the same check.
    virtual ReadResult checkHead(const QByteArray &head, const ImportContext &context) const;
    // Whether files of this format hold several sources, handed to ImportContext::deliver,
    // rather than being one source read into the draft.
    virtual bool isContainer() const { return false; }

    // Reads the whole file into `draft` (text, metadata, pages, warnings; `original` is set by
    // the caller). On failure the draft is left in an unspecified state.
    virtual ReadResult read(
        const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const = 0;

protected:
    static ReadResult failed(const QString &message) { return {Outcome::Failed, message}; }
    static ReadResult cancelled() { return {Outcome::Cancelled, QString()}; }
};

} // namespace Recoupe
