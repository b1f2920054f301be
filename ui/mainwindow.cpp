// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Recoupe {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Recoupe"));
}

} // namespace Recoupe
