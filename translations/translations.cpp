// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the compiled translations (see CMakeLists.txt); Recoupe::installTranslations loads them.
