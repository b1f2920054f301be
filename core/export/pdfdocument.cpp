// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "pdfvalues.h"

#include <QCryptographicHash>

#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>

namespace Recoupe {

namespace {

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The zlib stream that /FlateDecode expects: qCompress's output without its 4-byte length.
QByteArray flate(const QByteArray &data)
{
    return qCompress(data, 6).mid(4);
}

void appendBigEndian(QByteArray &out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

} // namespace

PdfDocument::~PdfDocument() = default;

QString PdfDocument::describe(const std::exception &error)
{
    return QString::fromUtf8(error.what()).trimmed();
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QByteArray &bytes, const QString &name)
{
    std::unique_ptr<PdfDocument> doc(new PdfDocument);
    doc->m_original = bytes;
    doc->m_name = name;
    doc->m_qpdf = std::make_unique<QPDF>();
    QPDF &qpdf = *doc->m_qpdf;
    qpdf.setSuppressWarnings(true);
    const std::string description = PdfValues::utf8(name);
    try {
        qpdf.processMemoryFile(
            description.c_str(), doc->m_original.constData(), size_t(doc->m_original.size()));
    } catch (const QPDFExc &error) {
        if (error.getErrorCode() == qpdf_e_password) {
            return Error {
                tr("“%1” is protected by a password: Recoupe cannot add annotations to it.").arg(name)
            };
        }
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    } catch (const std::exception &error) {
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    }
    try {
        doc->m_encrypted = qpdf.isEncrypted();
        for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages())
            doc->m_pages.push_back(page.getObjectHandle());
        if (doc->m_pages.empty())
            return Error { tr("“%1” has no pages.").arg(name) };
        doc->m_firstNewId = int(qpdf.getObjectCount()) + 1;
        for (const QPDFExc &warning : qpdf.getWarnings())
            doc->m_repairs.append(describe(warning));
    } catch (const std::exception &error) {
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    }
    doc->locateXref();
    return doc;
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::create(const QString &name)
{
    std::unique_ptr<PdfDocument> doc(new PdfDocument);
    doc->m_name = name;
    doc->m_qpdf = std::make_unique<QPDF>();
    try {
        doc->m_qpdf->setSuppressWarnings(true);
        doc->m_qpdf->emptyPDF();
        doc->m_firstNewId = int(doc->m_qpdf->getObjectCount()) + 1;
    } catch (const std::exception &error) {
        return Error { tr("Cannot start the PDF “%1”: %2").arg(name, describe(error)) };
    }
    return doc;
}

bool PdfDocument::locateXref()
{
    // The last "startxref" near the end of the file gives the newest cross-reference section.
    const QByteArray &b = m_original;
    const qsizetype from = std::max<qsizetype>(0, b.size() - 4096);
    const qsizetype at = b.lastIndexOf("startxref");
    if (at < from)
        return false;
    qsizetype i = at + 9;
    while (i < b.size() && isPdfSpace(b.at(i)))
        ++i;
    qint64 offset = 0;
    qsizetype digits = 0;
    while (i < b.size() && b.at(i) >= '0' && b.at(i) <= '9' && digits < 18) {
        offset = offset * 10 + (b.at(i) - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || offset <= 0 || offset >= b.size())
        return false;
    qsizetype p = qsizetype(offset);
    while (p < b.size() && isPdfSpace(b.at(p)))
        ++p;
    if (b.mid(p, 4) == "xref") {
        m_xrefKind = XrefKind::Table;
    } else {
        // "N G obj" of a cross-reference stream.
        qsizetype q = p;
        int numbers = 0;
        while (numbers < 2) {
            const qsizetype start = q;
            while (q < b.size() && b.at(q) >= '0' && b.at(q) <= '9')
                ++q;
            if (q == start)
                return false;
            while (q < b.size() && isPdfSpace(b.at(q)))
                ++q;
            ++numbers;
        }
        if (b.mid(q, 3) != "obj")
            return false;
        m_xrefKind = XrefKind::Stream;
    }
    m_lastXref = offset;
    return true;
}

QPDFObjectHandle PdfDocument::inherited(QPDFObjectHandle page, const char *key)
{
    // The page tree can be deep; stop at a sane depth in case of a loop.
    for (int depth = 0; depth < 64 && page.isDictionary(); ++depth) {
        if (page.hasKey(key)) {
            QPDFObjectHandle value = page.getKey(key);
            if (!value.isNull())
                return value;
        }
        page = page.getKey("/Parent");
    }
    return QPDFObjectHandle::newNull();
}

PdfPageGeometry PdfDocument::geometry(int index) const
{
    QPDFObjectHandle pageObject = page(index);
    QRectF media = PdfValues::toRect(inherited(pageObject, "/MediaBox"));
    if (media.isEmpty())
        media = QRectF(0, 0, 612, 792); // US Letter, what readers assume without a /MediaBox
    QRectF crop = PdfValues::toRect(inherited(pageObject, "/CropBox"));
    crop = crop.isEmpty() ? media : crop.intersected(media);
    if (crop.isEmpty())
        crop = media;
    QPDFObjectHandle rotate = inherited(pageObject, "/Rotate");
    const int rotation = rotate.isNumber() ? int(rotate.getNumericValue()) : 0;
    return PdfPageGeometry(crop, rotation);
}

void PdfDocument::touch(QPDFObjectHandle object)
{
    if (object.isIndirect() && object.getObjectID() < m_firstNewId)
        m_touched.insert(object.getObjGen());
}

QPDFObjectHandle PdfDocument::add(QPDFObjectHandle direct)
{
    return m_qpdf->makeIndirectObject(direct);
}

QPDFObjectHandle PdfDocument::addStream(QPDFObjectHandle dictionary, const QByteArray &data, bool compress)
{
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(m_qpdf.get());
    QPDFObjectHandle dict = stream.getDict();
    for (const std::string &key : dictionary.getKeys())
        dict.replaceKey(key, dictionary.getKey(key));
    if (compress) {
        const QByteArray packed = flate(data);
        stream.replaceStreamData(
            packed.toStdString(), QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
    } else {
        stream.replaceStreamData(
            data.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
    return stream;
}

void PdfDocument::refreshPages()
{
    m_qpdf->updateAllPagesCache();
    m_pages.clear();
    for (const QPDFPageObjectHelper &p : QPDFPageDocumentHelper(*m_qpdf).getAllPages())
        m_pages.push_back(p.getObjectHandle());
}

Result<QByteArray> PdfDocument::incrementalUpdate()
{
    if (!canAppend()) {
        return Error { m_encrypted
                ? tr("“%1” is encrypted: annotations cannot be appended to it.").arg(m_name)
                : tr("“%1” has no cross-reference section Recoupe can find.").arg(m_name) };
    }
    try {
        QByteArray out;
        const QByteArray &original = m_original;
        if (!original.endsWith('\n') && !original.endsWith('\r'))
            out += '\n';
        const qint64 base = original.size();

        struct Entry
        {
            int id;
            int generation;
            qint64 offset;
        };
        std::vector<Entry> entries;
        auto writeObject = [&](QPDFObjectHandle object, int id, int generation) {
            entries.push_back({ id, generation, base + out.size() });
            out += QByteArray::number(id) + ' ' + QByteArray::number(generation) + " obj\n";
            if (object.isStream()) {
                QPDFObjectHandle dict = object.getDict().shallowCopy();
                const std::shared_ptr<Buffer> raw = object.getRawStreamData();
                dict.replaceKey("/Length", QPDFObjectHandle::newInteger(qint64(raw->getSize())));
                out += QByteArray::fromStdString(dict.unparse());
                out += "\nstream\n";
                out.append(reinterpret_cast<const char *>(raw->getBuffer()), qsizetype(raw->getSize()));
                out += "\nendstream";
            } else {
                out += QByteArray::fromStdString(object.unparseResolved());
            }
            out += "\nendobj\n";
        };

        for (const QPDFObjGen &og : m_touched)
            writeObject(m_qpdf->getObject(og), og.getObj(), og.getGen());
        const int lastId = int(m_qpdf->getObjectCount());
        for (int id = m_firstNewId; id <= lastId; ++id) {
            QPDFObjectHandle object = m_qpdf->getObject(id, 0);
            if (object.isNull() || object.isReserved())
                continue;
            writeObject(object, id, 0);
        }
        m_updatedObjects = int(entries.size());

        QPDFObjectHandle oldTrailer = m_qpdf->getTrailer();
        QPDFObjectHandle trailer = QPDFObjectHandle::newDictionary();
        const int oldSize
            = oldTrailer.getKey("/Size").isInteger() ? oldTrailer.getKey("/Size").getIntValueAsInt() : 0;
        int size = std::max(oldSize, lastId + 1);
        const int xrefStreamId = size; // only used for a cross-reference stream
        if (m_xrefKind == XrefKind::Stream)
            size = xrefStreamId + 1;
        trailer.replaceKey("/Size", QPDFObjectHandle::newInteger(size));
        trailer.replaceKey("/Root", oldTrailer.getKey("/Root"));
        if (oldTrailer.hasKey("/Info"))
            trailer.replaceKey("/Info", oldTrailer.getKey("/Info"));
        // The first /ID names the document and stays; the second changes with each update.
        QPDFObjectHandle oldId = oldTrailer.getKey("/ID");
        if (oldId.isArray() && oldId.getArrayNItems() == 2 && oldId.getArrayItem(0).isString()) {
            const QByteArray digest = QCryptographicHash::hash(out, QCryptographicHash::Md5);
            QPDFObjectHandle id = QPDFObjectHandle::newArray();
            id.appendItem(oldId.getArrayItem(0));
            id.appendItem(QPDFObjectHandle::newString(digest.toStdString()));
            trailer.replaceKey("/ID", id);
        }
        trailer.replaceKey("/Prev", QPDFObjectHandle::newInteger(m_lastXref));

        const qint64 xrefOffset = base + out.size();
        if (m_xrefKind == XrefKind::Stream)
            entries.push_back({ xrefStreamId, 0, xrefOffset });
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.id < b.id; });
        // Subsections: runs of consecutive object numbers.
        std::vector<std::pair<int, int>> runs;
        for (const Entry &e : entries) {
            if (!runs.empty() && runs.back().first + runs.back().second == e.id)
                ++runs.back().second;
            else
                runs.push_back({ e.id, 1 });
        }

        if (m_xrefKind == XrefKind::Table) {
            out += "xref\n";
            size_t k = 0;
            char line[32];
            for (const auto &run : runs) {
                out += QByteArray::number(run.first) + ' ' + QByteArray::number(run.second) + '\n';
                for (int i = 0; i < run.second; ++i, ++k) {
                    // Exactly 20 bytes per entry, the end of line being two of them.
                    std::snprintf(line, sizeof line, "%010lld %05d n\r\n",
                        static_cast<long long>(entries[k].offset), entries[k].generation);
                    out.append(line, 20);
                }
            }
            out += "trailer\n" + QByteArray::fromStdString(trailer.unparse()) + '\n';
        } else {
            int width = 1;
            while (width < 8 && (xrefOffset >> (8 * width)) != 0)
                ++width;
            QByteArray rows;
            rows.reserve(qsizetype(entries.size()) * (3 + width));
            for (const Entry &e : entries) {
                appendBigEndian(rows, 1, 1);
                appendBigEndian(rows, quint64(e.offset), width);
                appendBigEndian(rows, quint64(e.generation), 2);
            }
            const QByteArray packed = flate(rows);
            QPDFObjectHandle index = QPDFObjectHandle::newArray();
            for (const auto &run : runs) {
                index.appendItem(QPDFObjectHandle::newInteger(run.first));
                index.appendItem(QPDFObjectHandle::newInteger(run.second));
            }
            QPDFObjectHandle widths = QPDFObjectHandle::newArray();
            widths.appendItem(QPDFObjectHandle::newInteger(1));
            widths.appendItem(QPDFObjectHandle::newInteger(width));
            widths.appendItem(QPDFObjectHandle::newInteger(2));
            trailer.replaceKey("/Type", QPDFObjectHandle::newName("/XRef"));
            trailer.replaceKey("/W", widths);
            trailer.replaceKey("/Index", index);
            trailer.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
            trailer.replaceKey("/Length", QPDFObjectHandle::newInteger(packed.size()));
            out += QByteArray::number(xrefStreamId) + " 0 obj\n"
                + QByteArray::fromStdString(trailer.unparse()) + "\nstream\n" + packed
                + "\nendstream\nendobj\n";
        }
        out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
        return out;
    } catch (const std::exception &error) {
        return Error { tr("Cannot write the annotations of “%1”: %2").arg(m_name, describe(error)) };
    }
}

Result<QByteArray> PdfDocument::rewrite()
{
    try {
        QPDFWriter writer(*m_qpdf);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &error) {
        return Error { tr("Cannot write “%1”: %2").arg(m_name, describe(error)) };
    }
}

} // namespace Recoupe
