// SPDX-License-Identifier: GPL-3.0-or-later
#include "workprogressdialog.h"

#include <QPointer>

namespace Recoupe {

WorkProgressDialog::WorkProgressDialog(const QString &label, const QString &title, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 100, parent)
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(500);
    setAutoReset(false);
    setValue(0);
    connect(this, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });
}

std::function<void(double)> WorkProgressDialog::reporter()
{
    const QPointer<QProgressDialog> shown(this);
    return [shown](double done) {
        QMetaObject::invokeMethod(
            shown.data(),
            [shown, done] {
                if (shown)
                    shown->setValue(int(done * 100));
            },
            Qt::QueuedConnection);
    };
}

} // namespace Recoupe
