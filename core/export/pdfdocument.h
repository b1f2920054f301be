// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfpagegeometry.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <memory>
#include <set>
#include <vector>

namespace Recoupe {

// A PDF opened with qpdf for additions (annotations, attachments, bookmarks, pages), written
// back either as an incremental update appended to the untouched original bytes, or as a whole
// new file.
//
// The update holds every object created since open() and every object of the original that was
// changed and reported with touch(), then a cross-reference section of the original's kind (a
// classic table, or a cross-reference stream) whose trailer keeps /Root, /Info and the first
// /ID and points back to the original's with /Prev. qpdf's QPDFWriter always rewrites the whole
// file, so the update is serialised here, one object at a time, with qpdf's unparser.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    enum class XrefKind
    {
        Table,
        Stream
    };

    // `name` names the document in messages (a title or a file name).
    static Result<std::unique_ptr<PdfDocument>> open(const QByteArray &bytes, const QString &name);
    // A document with no page yet, to merge others into; it can only be written with rewrite().
    static Result<std::unique_ptr<PdfDocument>> create(const QString &name);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    QPDF &qpdf() { return *m_qpdf; }
    const QByteArray &original() const { return m_original; }
    QString name() const { return m_name; }
    bool isEncrypted() const { return m_encrypted; }
    XrefKind xrefKind() const { return m_xrefKind; }
    // Where the original's last cross-reference section starts (its startxref), -1 if unknown.
    qint64 lastXrefOffset() const { return m_lastXref; }
    // Problems qpdf repaired while reading (a damaged table, a wrong /Length…).
    const QStringList &repairs() const { return m_repairs; }
    // Whether the additions can be appended as an incremental update. Encrypted files cannot:
    // new strings and streams would have to be encrypted with the file's key.
    bool canAppend() const { return !m_encrypted && m_lastXref >= 0; }

    int pageCount() const { return int(m_pages.size()); }
    QPDFObjectHandle page(int index) const { return m_pages.at(size_t(index)); }
    PdfPageGeometry geometry(int index) const;
    // A page's inherited attribute (/MediaBox, /CropBox, /Rotate, /Resources), null if none.
    static QPDFObjectHandle inherited(QPDFObjectHandle page, const char *key);

    // An object of the original changed: the update carries its new version.
    void touch(QPDFObjectHandle object);
    // A new indirect object (streams: data as given, `filter` the name of its encoding or empty).
    QPDFObjectHandle add(QPDFObjectHandle direct);
    QPDFObjectHandle addStream(QPDFObjectHandle dictionary, const QByteArray &data, bool compress = true);
    // Makes the page list current after pages were added by hand to the page tree.
    void refreshPages();

    // The bytes that follow original() in the updated file.
    Result<QByteArray> incrementalUpdate();
    // The whole document written anew by qpdf (encrypted files keep their encryption).
    Result<QByteArray> rewrite();
    // How many objects the update carries (new and changed), known after incrementalUpdate().
    int updatedObjectCount() const { return m_updatedObjects; }

    // qpdf reports problems with exceptions; core returns errors as values.
    static QString describe(const std::exception &error);

private:
    PdfDocument() = default;
    bool locateXref();

    QByteArray m_original;
    QString m_name;
    std::unique_ptr<QPDF> m_qpdf;
    std::vector<QPDFObjectHandle> m_pages;
    std::set<QPDFObjGen> m_touched;
    int m_firstNewId = 0;
    qint64 m_lastXref = -1;
    XrefKind m_xrefKind = XrefKind::Table;
    bool m_encrypted = false;
    QStringList m_repairs;
    int m_updatedObjects = 0;
};

} // namespace Recoupe
