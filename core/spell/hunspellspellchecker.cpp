// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunspellspellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <hunspell/hunspell.hxx>

namespace Recoupe {

namespace {

QStringList dictionaryFolders()
{
    QStringList folders;
    // DICPATH first, as the hunspell tool reads it: lets a user (or a test) bring dictionaries.
    const QString dicPath = qEnvironmentVariable("DICPATH");
    for (const QString &folder : dicPath.split(u':', Qt::SkipEmptyParts))
        folders << folder;
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
            << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

// Language code → .dic path, first folder wins. Only pairs with both .dic and .aff count;
// hyphenation (hyph_*) and thesaurus (th_*) files are not spelling dictionaries.
QMap<QString, QString> installedDictionaries()
{
    QMap<QString, QString> dictionaries;
    const QStringList folders = dictionaryFolders();
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QFileInfoList files
            = dir.entryInfoList({ QStringLiteral("*.dic") }, QDir::Files | QDir::Readable);
        for (const QFileInfo &dic : files) {
            const QString code = dic.completeBaseName();
            if (code.startsWith(QLatin1String("hyph_")) || code.startsWith(QLatin1String("th_"))
                || dictionaries.contains(code))
                continue;
            if (QFileInfo(dir.filePath(code + QStringLiteral(".aff"))).isReadable())
                dictionaries.insert(code, dic.filePath());
        }
    }
    return dictionaries;
}

// Hunspell names some encodings its own way ("microsoft-cp1251"); Qt (through ICU) knows
// them as "windows-1251".
QByteArray converterName(const QString &hunspellName)
{
    QString name = hunspellName.trimmed();
    if (name.startsWith(QLatin1String("microsoft-cp"), Qt::CaseInsensitive))
        name = QStringLiteral("windows-") + name.mid(12);
    return name.toLatin1();
}

} // namespace

HunspellSpellChecker::HunspellSpellChecker(const QString &language, DossierDictionary *dossierWords)
    : SpellChecker(language, dossierWords)
{ }

HunspellSpellChecker::~HunspellSpellChecker() = default;

QStringList HunspellSpellChecker::languages()
{
    return installedDictionaries().keys();
}

Result<std::unique_ptr<HunspellSpellChecker>> HunspellSpellChecker::create(
    const QString &language, DossierDictionary *dossierWords)
{
    const QMap<QString, QString> dictionaries = installedDictionaries();
    const QString code = pickLanguage(language, dictionaries.keys());
    if (code.isEmpty())
        return noDictionaryError(language, dictionaries.keys());

    const QString dicPath = dictionaries.value(code);
    const QString affPath = dicPath.left(dicPath.size() - 4) + QStringLiteral(".aff");
    std::unique_ptr<HunspellSpellChecker> checker(new HunspellSpellChecker(code, dossierWords));
    checker->m_hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());

    checker->m_encodingName = QString::fromLatin1(checker->m_hunspell->get_dic_encoding());
    const QByteArray converter = converterName(checker->m_encodingName);
    checker->m_utf8 = converter.compare("UTF-8", Qt::CaseInsensitive) == 0
        || converter.compare("UTF8", Qt::CaseInsensitive) == 0;
    if (!checker->m_utf8) {
        checker->m_encoder = QStringEncoder(converter.constData());
        checker->m_decoder = QStringDecoder(converter.constData());
        if (!checker->m_encoder.isValid() || !checker->m_decoder.isValid())
            //: %1 is a dictionary file, %2 a character encoding name
            return Error { tr(
                "The spelling dictionary %1 uses the encoding %2, which this system cannot convert.")
                               .arg(dicPath, checker->m_encodingName) };
    }
    return checker;
}

bool HunspellSpellChecker::encode(const QString &word, std::string *out) const
{
    if (m_utf8) {
        const QByteArray bytes = word.toUtf8();
        out->assign(bytes.constData(), size_t(bytes.size()));
        return true;
    }
    m_encoder.resetState();
    const QByteArray bytes = m_encoder.encode(word);
    if (m_encoder.hasError())
        return false;
    out->assign(bytes.constData(), size_t(bytes.size()));
    return true;
}

QString HunspellSpellChecker::decode(const std::string &bytes) const
{
    if (m_utf8)
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    m_decoder.resetState();
    return m_decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool HunspellSpellChecker::backendIsCorrect(const QString &word) const
{
    std::string encoded;
    // A letter the dictionary's encoding cannot even write is not in the dictionary.
    return encode(word, &encoded) && m_hunspell->spell(encoded);
}

QStringList HunspellSpellChecker::backendSuggest(const QString &word) const
{
    std::string encoded;
    if (!encode(word, &encoded))
        return {};
    QStringList suggestions;
    const std::vector<std::string> found = m_hunspell->suggest(encoded);
    for (const std::string &s : found)
        suggestions.append(decode(s));
    return suggestions;
}

} // namespace Recoupe
