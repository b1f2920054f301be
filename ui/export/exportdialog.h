// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "export/graphsketch.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QRadioButton;

namespace Recoupe {

class Dossier;

// File ▸ Export: the evidence pack in one of its formats — annotated PDF (optionally with the
// evidence appendix, highlights flattened into the pages, the author's name, another name or
// none), W3C Web Annotation JSON-LD, CSV, the Markdown claims report, or the relationship graph
// as GraphML, GEXF or FollowTheMoney — for the current source, the selected sources or the whole
// dossier. The dossier is read on this thread; the file is written on a worker thread behind a
// progress dialog that can cancel, and nothing is left at the destination unless it succeeds.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Pdf,
        WebAnnotation,
        Csv,
        Markdown,
        GraphMl,
        Gexf,
        FollowTheMoney
    };
    enum class Scope
    {
        CurrentSource,
        SelectedSources,
        WholeDossier
    };
    enum class Author
    {
        AsRecorded,
        Named,
        None
    };

    // What the last export did, for the caller and for tests.
    struct Outcome
    {
        bool ok = false;
        bool canceled = false;
        QString path;
        QString summary; // one sentence for the user
        QStringList warnings;
    };

    explicit ExportDialog(Dossier *dossier, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the scopes stand for; a scope without sources is disabled.
    void setCurrentSource(qint64 sourceId);
    void setSelectedSources(const QVector<qint64> &sourceIds);
    // How the PDF appendix draws the graph (the graph view's layout); GraphSketch otherwise.
    void setGraphDrawing(const GraphDrawing &drawing) { m_drawing = drawing; }

    Format format() const;
    void setFormat(Format format);
    Scope scope() const;
    void setScope(Scope scope);
    bool appendix() const;
    void setAppendix(bool on);
    bool flatten() const;
    void setFlatten(bool on);
    Author author() const;
    void setAuthor(Author author, const QString &name = QString());
    QString path() const;
    void setPath(const QString &path);
    // What the export says of the files the sources were imported from (their name by default).
    ExportProvenance::Origin origin() const;
    void setOrigin(ExportProvenance::Origin origin);
    // What the dialog shows of the provenance that will leave with the export.
    QString provenanceText() const;

    // The sources the chosen scope covers (empty for the whole dossier).
    QVector<qint64> scopeSourceIds() const;
    static QString extension(Format format);
    // Where an export is suggested: the folder of the last export that succeeded, else the
    // user's documents folder (never the application's hidden data folder, where dossiers live).
    static QString exportFolder();

    // Starts the export (false, with a message in the dialog, if it cannot start).
    bool start();
    void cancel();
    bool isRunning() const;
    const Outcome &outcome() const { return m_outcome; }
    QProgressDialog *progressDialog() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void finished(const Recoupe::ExportDialog::Outcome &outcome);

private:
    void updateControls();
    void updateProvenance();
    void suggestPath();
    void browse();
    void onFinished();
    void showProblem(const QString &text);

    QPointer<Dossier> m_dossier;
    qint64 m_currentSource = 0;
    QVector<qint64> m_selectedSources;
    GraphDrawing m_drawing;
    QComboBox *m_format;
    QRadioButton *m_current;
    QRadioButton *m_selected;
    QRadioButton *m_whole;
    QGroupBox *m_pdfOptions;
    QCheckBox *m_appendix;
    QCheckBox *m_flatten;
    QRadioButton *m_authorStored;
    QRadioButton *m_authorNamed;
    QRadioButton *m_authorNone;
    QLineEdit *m_authorName;
    QLineEdit *m_path;
    QGroupBox *m_provenanceBox;
    QComboBox *m_origin;
    QLabel *m_provenance;
    QLabel *m_problem;
    QString m_suggestedPath; // replaced when the format changes, unless the user typed a path

    QFutureWatcher<Outcome> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    Outcome m_outcome;
    bool m_closeWhenDone = false;
    bool m_running = false;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::ExportDialog::Outcome)
