// SPDX-License-Identifier: GPL-3.0-or-later
// The icons are resources of this library (see CMakeLists.txt); a library needs one source.
