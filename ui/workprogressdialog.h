// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProgressDialog>

#include <atomic>
#include <functional>
#include <memory>

namespace Recoupe {

// A window-modal progress dialog for work done on a worker thread: a cancel flag the worker
// polls, and a progress callback the worker may call from its own thread.
class WorkProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    WorkProgressDialog(const QString &label, const QString &title, QWidget *parent);

    // Set when the user cancels; shared, since the worker may outlive the dialog.
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancel; }
    // Reports the fraction done (0 to 1) from any thread; does nothing once the dialog is gone.
    std::function<void(double)> reporter();

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Recoupe
