// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceversionsdialog.h"

#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Recoupe {

namespace {

QString shownTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SourceVersionsDialog::SourceVersionsDialog(Dossier *dossier, qint64 sourceId, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_sourceId(sourceId)
    , m_list(new QTreeWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save Original of This Version…"), this))
{
    const auto source = m_dossier->sources().get(sourceId);
    const QString title = source ? source->title : QString();
    //: Window title; %1 is a source's title
    setWindowTitle(tr("Versions of “%1”").arg(title));
    setObjectName(QStringLiteral("sourceVersionsDialog"));

    auto *intro = new QLabel(tr("Each version of this source as it was imported; the last one is the one "
                                "you read and annotate now."),
        this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Version"), tr("Imported"), tr("Replaced"), tr("Size"), tr("SHA-256")});
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const QVector<SourceVersion> versions = m_dossier->sources().versions(sourceId);
    for (const SourceVersion &v : versions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(v.version));
        item->setData(0, Qt::UserRole, v.version);
        item->setText(1, shownTime(v.importedAt));
        //: In the “Replaced” column: the version in use
        item->setText(2, v.current ? tr("Current") : shownTime(v.replacedAt));
        item->setText(3, QLocale().formattedDataSize(v.byteSize));
        item->setText(4, v.sha256);
        item->setToolTip(4, v.sha256);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("versionText"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_text);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SourceVersionsDialog::saveInteractive);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SourceVersionsDialog::showSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 600);

    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

int SourceVersionsDialog::selectedVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : 0;
}

void SourceVersionsDialog::showSelected()
{
    const int version = selectedVersion();
    m_save->setEnabled(version > 0);
    m_text->setPlainText(version > 0 ? m_dossier->sources().versionText(m_sourceId, version) : QString());
}

bool SourceVersionsDialog::saveSelectedVersion(const QString &path)
{
    const int version = selectedVersion();
    if (version <= 0)
        return false;
    const QByteArray bytes = m_dossier->sources().versionOriginal(m_sourceId, version);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    ok = ok && file.commit();
    if (!ok) {
        QMessageBox::warning(this, windowTitle(),
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return ok;
}

void SourceVersionsDialog::saveInteractive()
{
    const int version = selectedVersion();
    const auto source = m_dossier->sources().get(m_sourceId);
    if (version <= 0 || !source)
        return;
    // The original's name with the version in it, beside the original's folder.
    const QFileInfo origin(source->origin);
    const QString suffix = origin.suffix().isEmpty() ? QString() : QLatin1Char('.') + origin.suffix();
    const QString suggested
        = QStringLiteral("%1-v%2%3").arg(origin.completeBaseName()).arg(version).arg(suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Original of This Version"),
        origin.exists() ? origin.dir().filePath(suggested) : suggested);
    if (!path.isEmpty())
        saveSelectedVersion(path);
}

} // namespace Recoupe
