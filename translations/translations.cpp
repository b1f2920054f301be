// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the compiled translations (see CMakeLists.txt), embedded under :/i18n as recoupe_<lang>.qm;
// Recoupe::Localization::install (core/localization.cpp) loads them with Qt's own qtbase_<lang>.qm.
