// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpickerdialog.h"

#include "storage/dossier.h"
#include "storage/tagstore.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int TagIdRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(150));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2, 2);
    return QIcon(pixmap);
}

QString cleanPath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString clean = part.simplified();
        if (!clean.isEmpty())
            parts.append(clean);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

TagPickerDialog::TagPickerDialog(Dossier *dossier, QWidget *parent)
    : QDialog(parent)
    , m_passage(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tag Passage"));
    m_passage->setWordWrap(true);
    m_passage->setTextFormat(Qt::PlainText);
    m_passage->setVisible(false);
    m_search->setPlaceholderText(tr("Type a tag, or a new path such as “Dates clés/Départ”"));
    m_search->setAccessibleName(tr("Tag"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Matching tags"));
    m_list->setUniformItemSizes(true);

    auto *label = new QLabel(tr("&Tag:"), this);
    label->setBuddy(m_search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passage);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // Paths for every tag: parents come before their children in all().
    QHash<qint64, QString> paths;
    for (const Tag &tag : dossier->tags().all()) {
        const QString path = tag.parentId && paths.contains(tag.parentId)
            ? paths.value(tag.parentId) + QLatin1Char('/') + tag.name
            : tag.name;
        paths.insert(tag.id, path);
        m_entries.append({tag.id, path, fold(path), tag.color, tag.useCount});
    }
    connect(m_search, &QLineEdit::textChanged, this, &TagPickerDialog::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    refilter();
    m_search->setFocus();
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 22);
}

void TagPickerDialog::setPassage(const QString &text)
{
    const QString shown = text.simplified();
    //: A quoted passage; use the quotation marks of your language
    m_passage->setText(tr("“%1”").arg(shown.size() > 160 ? shown.left(159) + QChar(0x2026) : shown));
    m_passage->setVisible(!shown.isEmpty());
}

QString TagPickerDialog::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

void TagPickerDialog::refilter()
{
    const QString typed = cleanPath(m_search->text());
    const QStringList words
        = fold(m_search->text()).split(QRegularExpression(QStringLiteral("[\\s/]+")), Qt::SkipEmptyParts);
    QVector<const Entry *> matches;
    bool exact = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool all = std::all_of(
            words.cbegin(), words.cend(), [&](const QString &w) { return entry.key.contains(w); });
        if (!all)
            continue;
        matches.append(&entry);
        exact = exact || entry.key == fold(typed);
    }
    // Paths starting with what was typed first, then the most used.
    const QString prefix = words.value(0);
    std::stable_sort(matches.begin(), matches.end(), [&](const Entry *a, const Entry *b) {
        const bool pa = a->key.startsWith(prefix), pb = b->key.startsWith(prefix);
        if (pa != pb)
            return pa;
        return a->uses > b->uses;
    });

    m_list->clear();
    const int iconSize = m_list->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Entry *entry : std::as_const(matches)) {
        auto *item = new QListWidgetItem(swatch(entry->color, iconSize),
            entry->uses
                //: A codebook tag in the picker: its path, then how many highlights carry it
                ? tr("%1 (%2)", "tag path and use count").arg(entry->path).arg(entry->uses)
                : entry->path,
            m_list);
        item->setData(TagIdRole, entry->id);
        item->setData(PathRole, entry->path);
    }
    if (!typed.isEmpty() && !exact) {
        auto *create = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/tag.svg")), tr("Create tag “%1”").arg(typed), nullptr);
        create->setData(TagIdRole, 0);
        create->setData(PathRole, typed);
        // First when nothing matches, so Enter creates it; last otherwise.
        m_list->insertItem(matches.isEmpty() ? 0 : m_list->count(), create);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool TagPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Type-ahead: the arrows move in the list while typing continues in the field.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagPickerDialog::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return; // nothing typed, nothing to pick
    m_tagId = item->data(TagIdRole).toLongLong();
    m_newPath = m_tagId ? QString() : item->data(PathRole).toString();
    QDialog::accept();
}

} // namespace Recoupe
