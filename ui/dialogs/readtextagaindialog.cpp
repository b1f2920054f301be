// SPDX-License-Identifier: GPL-3.0-or-later
#include "readtextagaindialog.h"

#include "import/ocrengine.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recoupe {

namespace {

// The language's own name for a Tesseract code, when Qt knows it ("fra" → "français").
QString languageName(const QString &code)
{
    // Tesseract names models by ISO 639-2 code, some with a script ("chi_sim").
    const QLocale::Language language
        = QLocale::codeToLanguage(QStringView(code).left(3), QLocale::ISO639Part2);
    return language == QLocale::AnyLanguage ? QString() : QLocale(language).nativeLanguageName();
}

} // namespace

ReadTextAgainDialog::ReadTextAgainDialog(const QString &title, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Read Text Again"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    //: %1 a source's title
    auto *intro = new QLabel(tr("Read the scanned pages of “%1” again by text recognition (OCR), in the "
                                "languages checked below. Highlights are found again in the new text; "
                                "Edit ▸ Undo puts the earlier text back.")
                                 .arg(title),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setAccessibleName(tr("Languages"));
    const QStringList checked = current.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &code : OcrEngine::installedLanguages()) {
        // Orientation and script detection is a model, not a language to read in.
        if (code == QLatin1String("osd"))
            continue;
        const QString name = languageName(code);
        //: A language in the OCR list: its name and Tesseract's code, as in "français (fra)"
        auto *item = new QListWidgetItem(name.isEmpty() ? code : tr("%1 (%2)").arg(name, code), m_list);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Read"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!languages().isEmpty());
    };
    connect(m_list, &QListWidget::itemChanged, this, update);
    update();
}

QString ReadTextAgainDialog::languages() const
{
    // The first language checked leads: Tesseract prefers the first model given.
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(Qt::UserRole).toString());
    }
    // English last, as the import does ("fra+eng").
    if (codes.removeAll(QStringLiteral("eng")) > 0)
        codes.append(QStringLiteral("eng"));
    return codes.join(QLatin1Char('+'));
}

} // namespace Recoupe
