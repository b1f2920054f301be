// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "pdfvalues.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

namespace Recoupe {

namespace {

constexpr size_t DecodedStreamsKept = 8; // object streams kept decoded: pages come in order

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The zlib stream that /FlateDecode expects: qCompress's output without its 4-byte length.
// Big data (the JSON-LD of a thousand annotations) gets zlib's fastest level: it stays far
// smaller than the text, and the export stays a fraction of a rewrite.
QByteArray flate(const QByteArray &data)
{
    return qCompress(data, data.size() > 65536 ? 1 : 6).mid(4);
}

void appendBigEndian(QByteArray &out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

PdfDocument::~PdfDocument() = default;

QString PdfDocument::describe(const std::exception &error)
{
    return QString::fromUtf8(error.what()).trimmed();
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(
    const QByteArray &bytes, const QString &name, Mode mode)
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
        if (error.getErrorCode() == qpdf_e_password)
            return Error {
                tr("“%1” is protected by a password: Recoupe cannot add annotations to it.").arg(name)
            };
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    } catch (const std::exception &error) {
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    }
    try {
        doc->m_encrypted = qpdf.isEncrypted();
        // New strings in an encrypted file would have to be encrypted, and an update must point
        // back to the original's cross-reference section: without either, qpdf rewrites it.
        const bool foundXref = doc->locateXref();
        doc->m_mode = (doc->m_encrypted || !foundXref) ? Mode::Rewrite : mode;
        if (doc->m_mode == Mode::Append) {
            doc->m_xref = qpdf.getXRefTable();
            int highest = 0;
            for (const auto &entry : doc->m_xref)
                highest = std::max(highest, entry.first.getObj());
            QPDFObjectHandle size = qpdf.getTrailer().getKey("/Size");
            doc->m_firstNewId = std::max(highest + 1, size.isInteger() ? size.getIntValueAsInt() : 0);
            doc->m_nextId = doc->m_firstNewId;
            try {
                doc->listPages(doc->light(qpdf.getRoot().getKey("/Pages").getObjGen()), 0, false);
            } catch (const std::exception &) {
                doc->m_pages.clear();
            }
            QPDFObjectHandle count = doc->light(qpdf.getRoot().getKey("/Pages").getObjGen()).getKey("/Count");
            if (doc->m_pages.empty() || !count.isInteger()
                || count.getIntValue() != qint64(doc->m_pages.size())) {
                // A page tree the light walk cannot trust: let qpdf read (and repair) it.
                doc->m_pages.clear();
                doc->m_pageCopies.clear();
                for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages())
                    doc->m_pages.push_back(page.getObjectHandle().getObjGen());
            }
        } else {
            doc->refreshPages();
        }
        if (doc->m_pages.empty())
            return Error { tr("“%1” has no pages.").arg(name) };
        for (const QPDFExc &warning : qpdf.getWarnings())
            doc->m_repairs.append(describe(warning));
    } catch (const std::exception &error) {
        return Error { tr("“%1” cannot be read as a PDF: %2").arg(name, describe(error)) };
    }
    return doc;
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::create(const QString &name)
{
    std::unique_ptr<PdfDocument> doc(new PdfDocument);
    doc->m_name = name;
    doc->m_mode = Mode::Rewrite;
    doc->m_qpdf = std::make_unique<QPDF>();
    try {
        doc->m_qpdf->setSuppressWarnings(true);
        doc->m_qpdf->emptyPDF();
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
        for (int numbers = 0; numbers < 2; ++numbers) {
            const qsizetype start = q;
            while (q < b.size() && b.at(q) >= '0' && b.at(q) <= '9')
                ++q;
            if (q == start)
                return false;
            while (q < b.size() && isPdfSpace(b.at(q)))
                ++q;
        }
        if (b.mid(q, 3) != "obj")
            return false;
        m_xrefKind = XrefKind::Stream;
    }
    m_lastXref = offset;
    return true;
}

QPDFObjectHandle PdfDocument::light(QPDFObjGen og)
{
    const auto entry = m_xref.find(og);
    if (og.getObj() >= m_firstNewId || entry == m_xref.end() || entry->second.getType() != 2) {
        // New, unknown, or stored on its own in the file: qpdf parses just that object.
        QPDFObjectHandle object = m_qpdf->getObject(og);
        return (object.isDictionary() || object.isArray()) ? object.shallowCopy() : object;
    }
    // In an object stream: decode the stream (kept for the next pages), parse this one object.
    const int streamId = entry->second.getObjStreamNumber();
    auto it = std::find_if(m_objectStreams.begin(), m_objectStreams.end(),
        [streamId](const ObjectStream &s) { return s.id == streamId; });
    if (it == m_objectStreams.end()) {
        QPDFObjectHandle stream = m_qpdf->getObject(streamId, 0);
        const std::shared_ptr<Buffer> decoded = stream.getStreamData(qpdf_dl_generalized);
        ObjectStream os;
        os.id = streamId;
        os.data.assign(reinterpret_cast<const char *>(decoded->getBuffer()), decoded->getSize());
        QPDFObjectHandle dict = stream.getDict();
        const int count = dict.getKey("/N").getIntValueAsInt();
        const size_t first = size_t(dict.getKey("/First").getIntValueAsInt());
        // The header: count pairs of object number and offset from /First.
        const char *p = os.data.data();
        const char *end = os.data.data() + std::min(first, os.data.size());
        for (int i = 0; i < 2 * count && p < end; ++i) {
            while (p < end && isPdfSpace(*p))
                ++p;
            size_t value = 0;
            while (p < end && *p >= '0' && *p <= '9')
                value = value * 10 + size_t(*p++ - '0');
            if (i % 2 == 1)
                os.offsets.push_back(first + value);
        }
        if (int(os.offsets.size()) != count)
            os.offsets.clear();
        m_objectStreams.push_front(std::move(os));
        if (m_objectStreams.size() > DecodedStreamsKept)
            m_objectStreams.pop_back();
        it = m_objectStreams.begin();
    } else if (it != m_objectStreams.begin()) {
        m_objectStreams.splice(m_objectStreams.begin(), m_objectStreams, it);
        it = m_objectStreams.begin();
    }
    const ObjectStream &os = *it;
    const size_t index = size_t(entry->second.getObjStreamIndex());
    if (index >= os.offsets.size())
        return m_qpdf->getObject(og);
    const size_t from = os.offsets[index];
    const size_t to = index + 1 < os.offsets.size() ? os.offsets[index + 1] : os.data.size();
    if (from > to || to > os.data.size())
        return m_qpdf->getObject(og);
    return QPDFObjectHandle::parse(m_qpdf.get(), os.data.substr(from, to - from), PdfValues::utf8(m_name));
}

void PdfDocument::serialize(QPDFObjectHandle object, std::string &out)
{
    if (object.isIndirect()) {
        out += std::to_string(object.getObjectID());
        out += ' ';
        out += std::to_string(object.getGeneration());
        out += " R";
    } else if (object.isDictionary()) {
        out += "<<";
        // getDictAsMap(), not getKeys(): the latter reads every value to leave out nulls.
        for (const auto &[key, value] : object.getDictAsMap()) {
            out += ' ';
            out += QPDFObjectHandle::newName(key).unparse();
            out += ' ';
            serialize(value, out);
        }
        out += " >>";
    } else if (object.isArray()) {
        out += '[';
        const int n = object.getArrayNItems();
        for (int i = 0; i < n; ++i) {
            out += ' ';
            serialize(object.getArrayItem(i), out);
        }
        out += " ]";
    } else {
        out += object.unparse(); // a scalar: nothing to read
    }
}

QPDFObjectHandle PdfDocument::dictionary(const std::map<std::string, QPDFObjectHandle> &items)
{
    return QPDFObjectHandle::newDictionary(items);
}

void PdfDocument::listPages(QPDFObjectHandle node, int depth, bool verify)
{
    if (depth > 64)
        throw std::runtime_error("page tree too deep");
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (!kids.isArray())
        throw std::runtime_error("page tree node without /Kids");
    const int n = kids.getArrayNItems();
    QPDFObjectHandle count = node.getKey("/Count");
    const bool onlyPages = !verify && count.isInteger() && count.getIntValue() == n;
    for (int i = 0; i < n; ++i) {
        QPDFObjectHandle kid = kids.getArrayItem(i);
        if (!kid.isIndirect())
            throw std::runtime_error("direct page");
        if (onlyPages) {
            m_pages.push_back(kid.getObjGen());
            m_pagesVerified = false;
            continue;
        }
        QPDFObjectHandle dict = light(kid.getObjGen());
        if (dict.hasKey("/Kids"))
            listPages(dict, depth + 1, verify);
        else
            m_pages.push_back(kid.getObjGen());
    }
}

void PdfDocument::listPagesAgainVerified()
{
    m_pages.clear();
    m_pageCopies.clear();
    m_pagesVerified = true;
    listPages(light(m_qpdf->getRoot().getKey("/Pages").getObjGen()), 0, true);
}

void PdfDocument::refreshPages()
{
    m_pages.clear();
    m_pageCopies.clear();
    m_qpdf->updateAllPagesCache();
    for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*m_qpdf).getAllPages())
        m_pages.push_back(page.getObjectHandle().getObjGen());
}

QPDFObjectHandle PdfDocument::pageReference(int index)
{
    if (!m_pagesVerified)
        pageDictionary(index); // makes sure it is a page
    return m_qpdf->getObject(m_pages.at(size_t(index)));
}

QPDFObjectHandle PdfDocument::pageDictionary(int index)
{
    QPDFObjGen og = m_pages.at(size_t(index));
    if (m_mode == Mode::Rewrite || og.getObj() >= m_firstNewId)
        return m_qpdf->getObject(og);
    auto it = m_pageCopies.find(og);
    if (it == m_pageCopies.end()) {
        QPDFObjectHandle dict = light(og);
        if (!m_pagesVerified && dict.hasKey("/Kids")) {
            // A node where a page was assumed: list the pages again, reading every kid.
            listPagesAgainVerified();
            og = m_pages.at(size_t(index));
            dict = light(og);
        }
        it = m_pageCopies.emplace(og, dict).first;
    }
    return it->second;
}

void PdfDocument::pageChanged(int index)
{
    const QPDFObjGen og = m_pages.at(size_t(index));
    if (m_pageCopies.count(og))
        m_changedPages.insert(og);
    else
        touch(m_qpdf->getObject(og));
}

QPDFObjectHandle PdfDocument::resolve(QPDFObjectHandle value)
{
    if (m_mode != Mode::Append || !value.isIndirect())
        return value;
    const QPDFObjGen og = value.getObjGen();
    if (const auto page = m_pageCopies.find(og); page != m_pageCopies.end())
        return page->second;
    auto it = m_nodes.find(og);
    if (it == m_nodes.end())
        it = m_nodes.emplace(og, light(og)).first;
    return it->second;
}

QPDFObjectHandle PdfDocument::inherited(int index, const char *key)
{
    QPDFObjectHandle node = pageDictionary(index);
    // The page tree can be deep; stop at a sane depth in case of a loop.
    for (int depth = 0; depth < 64 && node.isDictionary(); ++depth) {
        if (node.hasKey(key)) {
            QPDFObjectHandle value = resolve(node.getKey(key));
            if (!value.isNull())
                return value;
        }
        node = resolve(node.getKey("/Parent"));
    }
    return QPDFObjectHandle::newNull();
}

PdfPageGeometry PdfDocument::geometry(int index)
{
    QRectF media = PdfValues::toRect(inherited(index, "/MediaBox"));
    if (media.isEmpty())
        media = QRectF(0, 0, 612, 792); // US Letter, what readers assume without a /MediaBox
    QRectF crop = PdfValues::toRect(inherited(index, "/CropBox"));
    crop = crop.isEmpty() ? media : crop.intersected(media);
    if (crop.isEmpty())
        crop = media;
    QPDFObjectHandle rotate = inherited(index, "/Rotate");
    const int rotation = rotate.isNumber() ? int(rotate.getNumericValue()) : 0;
    return PdfPageGeometry(crop, rotation);
}

void PdfDocument::touch(QPDFObjectHandle object)
{
    if (m_mode == Mode::Append && object.isIndirect() && object.getObjectID() < m_firstNewId)
        m_touched.insert(object.getObjGen());
}

void PdfDocument::afterQpdfAdditions()
{
    if (m_mode == Mode::Append)
        m_nextId = std::max(m_nextId, int(m_qpdf->getObjectCount()) + 1);
}

int PdfDocument::allocate()
{
    return m_nextId++;
}

QPDFObjectHandle PdfDocument::add(QPDFObjectHandle direct)
{
    if (m_mode == Mode::Rewrite)
        return m_qpdf->makeIndirectObject(direct);
    const QPDFObjGen og(allocate(), 0);
    m_qpdf->replaceObject(og, direct);
    return m_qpdf->getObject(og);
}

QPDFObjectHandle PdfDocument::addStream(QPDFObjectHandle dictionary, const QByteArray &data, bool compress)
{
    QPDFObjectHandle dict = dictionary.shallowCopy();
    const QByteArray stored = compress ? flate(data) : data;
    if (compress)
        dict.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
    if (m_mode == Mode::Rewrite) {
        QPDFObjectHandle stream = QPDFObjectHandle::newStream(m_qpdf.get());
        QPDFObjectHandle streamDict = stream.getDict();
        for (const std::string &key : dict.getKeys()) {
            if (key != "/Filter" && key != "/DecodeParms" && key != "/Length")
                streamDict.replaceKey(key, dict.getKey(key));
        }
        stream.replaceStreamData(stored.toStdString(), dict.getKey("/Filter"), dict.getKey("/DecodeParms"));
        return stream;
    }
    // qpdf holds a placeholder under the stream's number; the stream itself is written from here.
    // (Not a null: qpdf drops dictionary entries whose value is null.)
    const QPDFObjGen og(allocate(), 0);
    m_newStreams.emplace(og.getObj(), NewStream { dict, stored });
    m_qpdf->replaceObject(og, QPDFObjectHandle::newDictionary());
    return m_qpdf->getObject(og);
}

void PdfDocument::appendPages(PdfDocument &from, Placement placement)
{
    QPDF &qpdf = *m_qpdf;
    QPDFObjectHandle root = qpdf.getRoot().getKey("/Pages");
    QPDFObjectHandle node = QPDFObjectHandle::newDictionary();
    node.replaceKey("/Type", QPDFObjectHandle::newName("/Pages"));
    node.replaceKey("/Parent", root);
    node.replaceKey("/Rotate", QPDFObjectHandle::newInteger(0));
    node = add(node);

    // Objects of `from` as objects of this document, numbered here (no qpdf renumbering, which
    // would first resolve every object of this document).
    std::map<QPDFObjGen, QPDFObjectHandle> adopted;
    std::function<QPDFObjectHandle(QPDFObjectHandle)> adopt
        = [&](QPDFObjectHandle foreign) -> QPDFObjectHandle {
        if (foreign.isIndirect()) {
            const auto done = adopted.find(foreign.getObjGen());
            if (done != adopted.end())
                return done->second;
            if (foreign.isStream()) {
                QPDFObjectHandle dict = adopt(foreign.getDict());
                const std::shared_ptr<Buffer> raw = foreign.getRawStreamData();
                const QByteArray data(
                    reinterpret_cast<const char *>(raw->getBuffer()), qsizetype(raw->getSize()));
                dict.removeKey("/Length");
                QPDFObjectHandle stream = addStream(dict, data, false);
                adopted.emplace(foreign.getObjGen(), stream);
                return stream;
            }
            // Number it first: what it refers to may refer back to it.
            QPDFObjectHandle placeholder = add(QPDFObjectHandle::newInteger(0));
            adopted.emplace(foreign.getObjGen(), placeholder);
            QPDFObjectHandle copy
                = adopt(foreign.isDictionary() || foreign.isArray() ? foreign.shallowCopy() : foreign);
            m_qpdf->replaceObject(
                placeholder.getObjGen(), copy.isIndirect() ? QPDFObjectHandle::newNull() : copy);
            return placeholder;
        }
        if (foreign.isDictionary()) {
            QPDFObjectHandle copy = QPDFObjectHandle::newDictionary();
            for (const std::string &key : foreign.getKeys())
                copy.replaceKey(key, adopt(foreign.getKey(key)));
            return copy;
        }
        if (foreign.isArray()) {
            QPDFObjectHandle copy = QPDFObjectHandle::newArray();
            for (const QPDFObjectHandle &item : foreign.getArrayAsVector())
                copy.appendItem(adopt(item));
            return copy;
        }
        return QPDFObjectHandle::parse(foreign.unparse()); // a scalar, owned by no document
    };

    QPDFObjectHandle kids = QPDFObjectHandle::newArray();
    std::vector<QPDFObjGen> added;
    for (int i = 0; i < from.pageCount(); ++i) {
        QPDFObjectHandle page = from.pageDictionary(i);
        for (const char *key : { "/MediaBox", "/Resources" }) {
            if (!page.hasKey(key))
                page.replaceKey(key, from.inherited(i, key));
        }
        QPDFObjectHandle media = page.getKey("/MediaBox");
        page.replaceKey("/CropBox", page.hasKey("/CropBox") ? page.getKey("/CropBox") : media);
        page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(0));
        page.removeKey("/Parent");
        // Only the page's own objects: the foreign page tree stays behind.
        QPDFObjectHandle copy = adopt(from.pageReference(i));
        QPDFObjectHandle dict = copy.isIndirect() ? m_qpdf->getObject(copy.getObjGen()) : copy;
        dict.replaceKey("/Parent", node);
        kids.appendItem(copy);
        added.push_back(copy.getObjGen());
    }
    node.replaceKey("/Kids", kids);
    node.replaceKey("/Count", QPDFObjectHandle::newInteger(from.pageCount()));
    QPDFObjectHandle rootKids = root.getKey("/Kids");
    if (placement == Placement::Start) {
        rootKids.insertItem(0, node);
        m_pages.insert(m_pages.begin(), added.begin(), added.end());
    } else {
        rootKids.appendItem(node);
        m_pages.insert(m_pages.end(), added.begin(), added.end());
    }
    if (rootKids.isIndirect())
        touch(rootKids);
    QPDFObjectHandle count = root.getKey("/Count");
    root.replaceKey("/Count",
        QPDFObjectHandle::newInteger((count.isInteger() ? count.getIntValue() : 0) + from.pageCount()));
    touch(root);
    if (m_mode == Mode::Rewrite)
        refreshPages();
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
        auto begin = [&](int id, int generation) {
            entries.push_back({ id, generation, base + out.size() });
            out += QByteArray::number(id) + ' ' + QByteArray::number(generation) + " obj\n";
        };
        std::string text;
        auto writeStream = [&](QPDFObjectHandle dictionary, const char *data, size_t size) {
            QPDFObjectHandle dict = dictionary.shallowCopy();
            dict.replaceKey("/Length", QPDFObjectHandle::newInteger(qint64(size)));
            text.clear();
            serialize(dict, text);
            out += bytes(text);
            out += "\nstream\n";
            out.append(data, qsizetype(size));
            out += "\nendstream\nendobj\n";
        };
        auto writeObject = [&](QPDFObjectHandle object, int id, int generation) {
            begin(id, generation);
            if (object.isStream()) {
                const std::shared_ptr<Buffer> raw = object.getRawStreamData();
                writeStream(
                    object.getDict(), reinterpret_cast<const char *>(raw->getBuffer()), raw->getSize());
                return;
            }
            // The object itself, not a reference to it.
            QPDFObjectHandle content = object.isIndirect() && (object.isDictionary() || object.isArray())
                ? object.shallowCopy()
                : object;
            text.clear();
            if (content.isIndirect())
                text = content.unparseResolved(); // a scalar
            else
                serialize(content, text);
            out += bytes(text);
            out += "\nendobj\n";
        };

        for (const QPDFObjGen &og : m_touched)
            writeObject(m_qpdf->getObject(og), og.getObj(), og.getGen());
        for (const QPDFObjGen &og : m_changedPages)
            writeObject(m_pageCopies.at(og), og.getObj(), og.getGen());
        for (int id = m_firstNewId; id < m_nextId; ++id) {
            const auto stream = m_newStreams.find(id);
            if (stream != m_newStreams.end()) {
                begin(id, 0);
                writeStream(stream->second.dictionary, stream->second.data.constData(),
                    size_t(stream->second.data.size()));
                continue;
            }
            QPDFObjectHandle object = m_qpdf->getObject(id, 0);
            if (object.isNull() || object.isReserved())
                continue;
            writeObject(object, id, 0);
        }
        m_updatedObjects = int(entries.size());

        QPDFObjectHandle oldTrailer = m_qpdf->getTrailer();
        const int xrefStreamId = m_nextId; // only used for a cross-reference stream
        const int size = m_xrefKind == XrefKind::Stream ? xrefStreamId + 1 : m_nextId;
        std::map<std::string, QPDFObjectHandle> kept { { "/Root", oldTrailer.getKey("/Root") } };
        if (oldTrailer.hasKey("/Info"))
            kept.emplace("/Info", oldTrailer.getKey("/Info"));
        QPDFObjectHandle trailer = dictionary(kept);
        trailer.replaceKey("/Size", QPDFObjectHandle::newInteger(size));
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
            text.clear();
            serialize(trailer, text);
            out += "trailer\n" + bytes(text) + '\n';
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
            text.clear();
            serialize(trailer, text);
            out += QByteArray::number(xrefStreamId) + " 0 obj\n" + bytes(text) + "\nstream\n" + packed
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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto written = rewrite(buffer);
    if (!written)
        return Error {written.error()};
    return bytes;
}

Result<qint64> PdfDocument::rewrite(QIODevice &out)
{
    // qpdf's writer feeds this as it goes, so the new file is never held whole in memory.
    class DevicePipeline : public Pipeline
    {
    public:
        explicit DevicePipeline(QIODevice &device)
            : Pipeline("recoupe-device", nullptr)
            , m_device(device)
        { }
        void write(unsigned char const *data, size_t length) override
        {
            if (m_device.write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
                throw std::runtime_error(m_device.errorString().toStdString());
            m_written += qint64(length);
        }
        void finish() override { }
        qint64 written() const { return m_written; }

    private:
        QIODevice &m_device;
        qint64 m_written = 0;
    };
    try {
        DevicePipeline pipeline(out);
        QPDFWriter writer(*m_qpdf);
        writer.setOutputPipeline(&pipeline);
        writer.write();
        return pipeline.written();
    } catch (const std::exception &error) {
        return Error { tr("Cannot write “%1”: %2").arg(m_name, describe(error)) };
    }
}

} // namespace Recoupe
