// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidewindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Recoupe {

namespace {

const QString GuideName = QStringLiteral("guide.md");

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("GuideWindow"));
    setWindowTitle(tr("Recoupe User Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links are followed here: other pages of the guide and anchors only, never the network.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuideWindow::followLink);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 45);

    const QString directory = guideDirectory();
    if (directory.isEmpty()) {
        m_message->setText(tr("The user guide is not installed with this copy of Recoupe."));
        m_message->show();
    } else {
        load(guideFile(directory));
    }
}

QString GuideWindow::guideDirectory()
{
    QStringList candidates;
    const QString binDir = QCoreApplication::applicationDirPath();
    candidates << QDir(binDir).filePath(QStringLiteral("../share/recoupe/guide"));
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << QDir(data).filePath(QStringLiteral("recoupe/guide"));
#ifdef RECOUPE_GUIDE_SOURCE_DIR
    candidates << QStringLiteral(RECOUPE_GUIDE_SOURCE_DIR);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(QDir(candidate).filePath(GuideName)))
            return QDir::cleanPath(candidate);
    }
    return QString();
}

QString GuideWindow::guideFile(const QString &directory, const QLocale &locale)
{
    const QDir dir(directory);
    for (QString language : locale.uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString &code : {language, language.section(QLatin1Char('_'), 0, 0)}) {
            if (code.startsWith(QLatin1String("en")))
                return dir.filePath(GuideName);
            const QString path = dir.filePath(QStringLiteral("guide.%1.md").arg(code));
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return dir.filePath(GuideName);
}

bool GuideWindow::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 the guide's file, %2 why it cannot be read
        m_message->setText(
            tr("Cannot read the user guide %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_message->show();
        return false;
    }
    m_message->hide();
    m_file = QFileInfo(path).absoluteFilePath();
    // Images and links are relative to the guide's folder.
    const QString directory = QFileInfo(path).absolutePath();
    m_browser->setSearchPaths({directory});
    m_browser->document()->setBaseUrl(QUrl::fromLocalFile(directory + QLatin1Char('/')));
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    return true;
}

void GuideWindow::followLink(const QUrl &url)
{
    if (url.scheme().isEmpty() || url.isLocalFile()) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.path();
        if (path.endsWith(QLatin1String(".md"))) {
            load(QFileInfo(path).isAbsolute() ? path : QFileInfo(m_file).dir().filePath(path));
            if (url.hasFragment())
                m_browser->scrollToAnchor(url.fragment());
            return;
        }
        if (url.hasFragment())
            m_browser->scrollToAnchor(url.fragment());
        return;
    }
    //: A link of the guide to a web page; %1 its address
    m_message->setText(tr("This link leads to the web: %1").arg(url.toString()));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->show();
}

} // namespace Recoupe
