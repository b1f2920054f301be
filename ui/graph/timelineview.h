// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPointer>
#include <QVector>

class QTimer;

namespace Recoupe {

class Dossier;

// The story in time: dated relationships as spans, dated claims and the dates the evidence
// mentions as marks, on a zoomable time axis with one band per entity. Partial dates are drawn
// as what they are: a start known to the year is a faded span over that whole year before the
// solid part begins. Clicking an item opens its evidence on the desk.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Kind
    {
        Relationship, // a span
        Claim, // a dated claim: a diamond
        Event // a date one evidence passage gives: a dot
    };

    // One thing on the timeline, where it is drawn (in the viewport's coordinates).
    struct Item
    {
        Kind kind = Kind::Relationship;
        qint64 id = 0; // relationship or claim id; for events the relationship the passage backs
        qint64 entityId = 0; // the band it is in (0: claims about no one)
        PartialDate start; // for marks, the date
        PartialDate end;
        QString text;
        QString detail; // tooltip
        QColor color;
        QVector<qint64> evidenceIds;
        bool conflict = false; // sources disagree on its dates
        int lane = 0;
    };

    explicit TimelineView(Dossier *dossier, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    const QVector<Item> &items() const { return m_items; }
    // Spans of relationships, for tests and accessibility: how many are drawn.
    int spanCount() const;
    // Where an item is drawn now, in viewport coordinates (the solid part and the faded parts).
    QRectF itemRect(int index) const;
    int itemAt(const QPoint &viewportPos) const;
    // The x of a day in viewport coordinates, and back.
    double xOf(const QDate &date) const;
    QDate dateAt(double x) const;
    double pixelsPerDay() const { return m_pixelsPerDay; }

    // Opens the evidence of one item: one passage, or the first two side by side.
    void activateItem(int index);

public Q_SLOTS:
    void reload();
    void zoomIn();
    void zoomOut();
    // The whole dated range in the width of the view.
    void fitAll();

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    void relationshipActivated(qint64 relationshipId);
    void claimActivated(qint64 claimId);
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Band
    {
        qint64 entityId = 0;
        QString name;
        QString type;
        int lanes = 1;
        int top = 0; // in content coordinates, below the axis
    };

    void scheduleReload();
    void layoutBands();
    void updateScrollBars();
    void zoomAround(double factor, double viewportX);
    void drawAxis(QPainter &painter, const QRect &area);
    void drawItem(QPainter &painter, const Item &item, const QRectF &rect, bool selected);
    QRectF contentRect(const Item &item) const; // content coordinates
    double contentX(const QDate &date) const;
    int labelWidth() const;

    QPointer<Dossier> m_dossier;
    QVector<Item> m_items;
    QVector<Band> m_bands;
    QDate m_first;
    QDate m_last;
    double m_pixelsPerDay = 0.3;
    int m_contentHeight = 0;
    int m_selected = -1;
    bool m_fitted = false;
    QTimer *m_reloadTimer;
};

} // namespace Recoupe
