// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfpagegeometry.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFXRefEntry.hh>

#include <list>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace Recoupe {

// A PDF opened with qpdf for additions (annotations, attachments, bookmarks, pages), written
// back either as an incremental update appended to the untouched original bytes (Append), or as
// a whole new file (Rewrite).
//
// The update holds every object created since open() and every object of the original that was
// changed, then a cross-reference section of the original's kind (a classic table, or a
// cross-reference stream) whose trailer keeps /Root, /Info and the first /ID and points back to
// the original's with /Prev. qpdf's QPDFWriter always rewrites the whole file, so the update is
// serialised here, one object at a time, with qpdf's unparser.
//
// In Append mode the document is read as little as possible, so that annotating a few pages of
// a thousand-page file costs what those pages cost: the page tree and the pages are parsed one
// object at a time straight from their object streams (qpdf would parse each whole stream, and
// every page of the file to list the pages), and new objects are numbered here (qpdf numbers
// them only after resolving every object of the file). New streams exist only in this class
// until they are written; qpdf sees a placeholder with the same number.
//
// open(), create(), incrementalUpdate() and rewrite() return errors as values. The functions
// that read or build objects pass qpdf's exceptions on (a damaged object deep in a file can
// surface anywhere); PdfExporter catches them and reports them as errors.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    enum class Mode
    {
        Append, // additions written as an incremental update after the original bytes
        Rewrite // the whole document written by qpdf (merging, encrypted originals)
    };
    enum class XrefKind
    {
        Table,
        Stream
    };

    // `name` names the document in messages (a title or a file name).
    static Result<std::unique_ptr<PdfDocument>> open(
        const QByteArray &bytes, const QString &name, Mode mode = Mode::Append);
    // A document with no page yet, to merge others into (Rewrite mode).
    static Result<std::unique_ptr<PdfDocument>> create(const QString &name);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    Mode mode() const { return m_mode; }
    QPDF &qpdf() { return *m_qpdf; }
    const QByteArray &original() const { return m_original; }
    QString name() const { return m_name; }
    bool isEncrypted() const { return m_encrypted; }
    XrefKind xrefKind() const { return m_xrefKind; }
    // Where the original's last cross-reference section starts (its startxref), -1 if unknown.
    qint64 lastXrefOffset() const { return m_lastXref; }
    // Problems qpdf repaired while reading (a damaged table, a wrong /Length…).
    const QStringList &repairs() const { return m_repairs; }
    // Whether the additions can be written as an incremental update: Append mode, and not
    // encrypted (new strings and streams would have to be encrypted with the file's key).
    bool canAppend() const { return m_mode == Mode::Append && !m_encrypted && m_lastXref >= 0; }

    int pageCount() const { return int(m_pages.size()); }
    // The page as an indirect reference: for /P, /Parent, destinations.
    QPDFObjectHandle pageReference(int index);
    // The page dictionary to read or change; call pageChanged() after changing it.
    QPDFObjectHandle pageDictionary(int index);
    void pageChanged(int index);
    // A page's attribute, inherited from the page tree when the page has none (/MediaBox,
    // /CropBox, /Rotate, /Resources), resolved; null if none.
    QPDFObjectHandle inherited(int index, const char *key);
    PdfPageGeometry geometry(int index);
    // The value behind an indirect reference (read lightly in Append mode), or `value` itself.
    QPDFObjectHandle resolve(QPDFObjectHandle value);

    // An object of the original, resolved through qpdf, changed: the update carries its new version.
    void touch(QPDFObjectHandle object);
    // A new indirect object from a direct one.
    QPDFObjectHandle add(QPDFObjectHandle direct);
    // A new stream with `dictionary` (direct) and `data`, Flate-compressed when `compress`.
    QPDFObjectHandle addStream(QPDFObjectHandle dictionary, const QByteArray &data, bool compress = true);
    enum class Placement
    {
        End,
        Start
    };
    // Copies `from`'s pages to the end (or the start) of this document under a page-tree node of
    // their own, so that only the root of the page tree changes. Attributes the pages would
    // otherwise inherit from this document's tree (a rotation, a crop box) are set on them explicitly.
    void appendPages(PdfDocument &from, Placement placement = Placement::End);
    // Makes the page list current after pages were added with qpdf's helpers (Rewrite mode).
    void refreshPages();
    // To call after qpdf itself numbered new objects (its name tree helper splitting a node):
    // numbering here continues after them.
    void afterQpdfAdditions();

    // The bytes that follow original() in the updated file.
    Result<QByteArray> incrementalUpdate();
    // The whole document written anew by qpdf (encrypted files keep their encryption).
    Result<QByteArray> rewrite();
    // The same, streamed to `out`; returns the number of bytes written.
    Result<qint64> rewrite(QIODevice &out);
    // How many objects the update carries (new and changed), known after incrementalUpdate().
    int updatedObjectCount() const { return m_updatedObjects; }

    // qpdf reports problems with exceptions; core returns errors as values.
    static QString describe(const std::exception &error);
    // PDF syntax for a direct object, references written as "N G R" without reading what they
    // point to (qpdf's unparse() reads every referenced object, to leave out null values).
    static void serialize(QPDFObjectHandle object, std::string &out);
    // A dictionary with `items`; unlike replaceKey(), this does not read referenced objects.
    static QPDFObjectHandle dictionary(const std::map<std::string, QPDFObjectHandle> &items);

private:
    PdfDocument() = default;
    bool locateXref();
    // The object `og` of the original as a direct copy, parsed alone (Append mode).
    QPDFObjectHandle light(QPDFObjGen og);
    // Lists the pages under `node`. Unless `verify`, a node whose /Count equals its number of
    // kids is taken to have only pages as kids, without reading them; a page read later that
    // turns out to be a node makes the list be made again, verified.
    void listPages(QPDFObjectHandle node, int depth, bool verify);
    void listPagesAgainVerified();
    int allocate();

    Mode m_mode = Mode::Append;
    QByteArray m_original;
    QString m_name;
    std::unique_ptr<QPDF> m_qpdf;
    std::vector<QPDFObjGen> m_pages;
    std::map<QPDFObjGen, QPDFObjectHandle> m_pageCopies; // Append: pages read, direct copies
    std::map<QPDFObjGen, QPDFObjectHandle> m_nodes; // Append: other objects read (page tree nodes…)
    std::set<QPDFObjGen> m_changedPages;
    std::set<QPDFObjGen> m_touched;
    std::map<QPDFObjGen, QPDFXRefEntry> m_xref;
    struct ObjectStream
    {
        int id = 0;
        std::string data;
        std::vector<size_t> offsets; // where each object starts in `data`
    };
    std::list<ObjectStream> m_objectStreams; // recently decoded, newest first
    struct NewStream
    {
        QPDFObjectHandle dictionary;
        QByteArray data; // as stored: already compressed when the dictionary says so
    };
    std::map<int, NewStream> m_newStreams;
    int m_firstNewId = 0;
    int m_nextId = 0;
    qint64 m_lastXref = -1;
    XrefKind m_xrefKind = XrefKind::Table;
    bool m_encrypted = false;
    QStringList m_repairs;
    int m_updatedObjects = 0;
    bool m_pagesVerified = true;
};

} // namespace Recoupe
