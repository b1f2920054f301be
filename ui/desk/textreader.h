// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reader.h"

namespace Recoupe {

class TextView;

// Reader for text, HTML and Markdown sources: their canonical text, reflowed for reading.
class TextReader : public Reader
{
    Q_OBJECT

public:
    TextReader(qint64 sourceId, const QString &text, QWidget *parent = nullptr);

    std::pair<qint64, qint64> selection() const override;
    void setSelection(qint64 start, qint64 end) override;
    void clearSelection() override;
    QString selectedText() const override;

    qint64 topOffset() const override;
    void scrollToOffset(qint64 offset) override;
    void revealRange(qint64 start, qint64 end) override;
    void flashRange(qint64 start, qint64 end) override;

    void setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current) override;

    double scrollFraction() const override;
    void setScrollFraction(double fraction) override;

    void setZoom(double zoom) override;
    void highlightsChanged() override;
    void sharedPassagesChanged() override;

    TextView *view() const { return m_view; }

private:
    QString m_text;
    TextView *m_view;
};

} // namespace Recoupe
