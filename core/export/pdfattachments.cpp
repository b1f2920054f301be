// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfattachments.h"

#include "pdfdocument.h"
#include "pdfvalues.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <qpdf/QPDFNameTreeObjectHelper.hh>

#include <string>

namespace Recoupe {

namespace {

// A name object for a MIME type: qpdf escapes the '/' inside ("application#2Fld+json").
QPDFObjectHandle mimeName(const QString &mimeType)
{
    return QPDFObjectHandle::newName("/" + mimeType.toStdString());
}

// Every node of a name tree, for marking them changed after an insertion.
void collectNodes(QPDFObjectHandle node, std::vector<QPDFObjectHandle> &out, int depth = 0)
{
    if (!node.isDictionary() || depth > 32)
        return;
    out.push_back(node);
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray()) {
        for (const QPDFObjectHandle &kid : kids.getArrayAsVector())
            collectNodes(kid, out, depth + 1);
    }
}

} // namespace

QString PdfAttachments::attach(PdfDocument &document, const QString &fileName, const QByteArray &data,
    const QString &mimeType, const QString &description, const QDateTime &modified)
{
    QPDF &qpdf = document.qpdf();
    QPDFObjectHandle root = qpdf.getRoot();

    QPDFObjectHandle params = QPDFObjectHandle::newDictionary();
    params.replaceKey("/Size", QPDFObjectHandle::newInteger(data.size()));
    params.replaceKey("/ModDate", PdfValues::date(modified));
    params.replaceKey("/CheckSum",
        QPDFObjectHandle::newString(QCryptographicHash::hash(data, QCryptographicHash::Md5).toStdString()));
    QPDFObjectHandle streamDict = QPDFObjectHandle::newDictionary();
    streamDict.replaceKey("/Type", QPDFObjectHandle::newName("/EmbeddedFile"));
    streamDict.replaceKey("/Subtype", mimeName(mimeType));
    streamDict.replaceKey("/Params", params);
    QPDFObjectHandle stream = document.addStream(streamDict, data, true);

    QPDFObjectHandle names = root.getKey("/Names");
    QPDFObjectHandle tree
        = names.isDictionary() ? names.getKey("/EmbeddedFiles") : QPDFObjectHandle::newNull();
    // A name the document does not use yet.
    QString name = fileName;
    if (tree.isDictionary()) {
        QPDFNameTreeObjectHelper helper(tree, qpdf);
        const QFileInfo info(fileName);
        for (int n = 2; helper.hasName(PdfValues::utf8(name)); ++n)
            name = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }

    QPDFObjectHandle ef = QPDFObjectHandle::newDictionary();
    ef.replaceKey("/F", stream);
    ef.replaceKey("/UF", stream);
    QPDFObjectHandle spec = QPDFObjectHandle::newDictionary();
    spec.replaceKey("/Type", QPDFObjectHandle::newName("/Filespec"));
    spec.replaceKey("/F", PdfValues::text(name));
    spec.replaceKey("/UF", PdfValues::text(name));
    spec.replaceKey("/Desc", PdfValues::text(description));
    spec.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Supplement"));
    spec.replaceKey("/EF", ef);
    spec = document.add(spec);

    if (tree.isDictionary()) {
        std::vector<QPDFObjectHandle> before;
        collectNodes(tree, before);
        QPDFNameTreeObjectHelper helper(tree, qpdf);
        helper.insert(PdfValues::utf8(name), spec);
        std::vector<QPDFObjectHandle> after;
        collectNodes(tree, after);
        for (QPDFObjectHandle &node : after)
            document.touch(node);
        document.afterQpdfAdditions(); // a split node is numbered by qpdf
        if (names.isIndirect())
            document.touch(names);
    } else {
        QPDFObjectHandle leaf = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle list = QPDFObjectHandle::newArray();
        list.appendItem(PdfValues::text(name));
        list.appendItem(spec);
        leaf.replaceKey("/Names", list);
        if (names.isDictionary()) {
            names.replaceKey("/EmbeddedFiles", leaf);
            document.touch(names);
        } else {
            names = QPDFObjectHandle::newDictionary();
            names.replaceKey("/EmbeddedFiles", leaf);
            root.replaceKey("/Names", names);
        }
    }

    QPDFObjectHandle af = QPDFObjectHandle::newArray();
    QPDFObjectHandle oldAf = root.getKey("/AF");
    if (oldAf.isArray()) {
        for (const QPDFObjectHandle &item : oldAf.getArrayAsVector())
            af.appendItem(item);
    }
    af.appendItem(spec);
    root.replaceKey("/AF", af);
    document.touch(root);
    return name;
}

} // namespace Recoupe
