// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/claimsreport.h"
#include "export/csvexporter.h"
#include "export/evidenceset.h"
#include "export/pdfexporter.h"
#include "export/webannotationwriter.h"
#include "graph/graph.h"
#include "graph/graphexport.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace Recoupe {

namespace {

constexpr int ProgressSteps = 1000;

bool isGraphFormat(ExportDialog::Format format)
{
    return format == ExportDialog::Format::GraphMl || format == ExportDialog::Format::Gexf
        || format == ExportDialog::Format::FollowTheMoney;
}

} // namespace

ExportDialog::ExportDialog(Dossier *dossier, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_format(new QComboBox(this))
    , m_current(new QRadioButton(this))
    , m_selected(new QRadioButton(this))
    , m_whole(new QRadioButton(tr("The &whole dossier"), this))
    , m_pdfOptions(new QGroupBox(tr("PDF"), this))
    , m_appendix(
          new QCheckBox(tr("Add the evidence &appendix (claims with their citations, the graph)"), this))
    , m_flatten(new QCheckBox(
          tr("&Flatten: paint the highlights into the pages instead of adding annotations"), this))
    , m_authorStored(new QRadioButton(tr("Each annotation's author, as &recorded"), this))
    , m_authorNamed(new QRadioButton(tr("This &name on every annotation:"), this))
    , m_authorNone(new QRadioButton(tr("&No name (an anonymous pack)"), this))
    , m_authorName(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_provenanceBox(new QGroupBox(tr("Provenance"), this))
    , m_origin(new QComboBox(this))
    , m_provenance(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    qRegisterMetaType<Recoupe::ExportDialog::Outcome>();
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Evidence"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Annotated PDF"), int(Format::Pdf));
    m_format->addItem(tr("W3C Web Annotation (JSON-LD)"), int(Format::WebAnnotation));
    m_format->addItem(tr("Annotations as CSV"), int(Format::Csv));
    m_format->addItem(tr("Claims report (Markdown)"), int(Format::Markdown));
    m_format->addItem(tr("Relationship graph as GraphML"), int(Format::GraphMl));
    m_format->addItem(tr("Relationship graph as GEXF (Gephi)"), int(Format::Gexf));
    m_format->addItem(tr("Relationship graph as FollowTheMoney entities"), int(Format::FollowTheMoney));
    m_format->setItemData(0,
        tr("Each source with its highlights and notes as real PDF annotations any reader shows"),
        Qt::ToolTipRole);

    auto *scopeBox = new QGroupBox(tr("Sources"), this);
    auto *scopeGroup = new QButtonGroup(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    for (QRadioButton *button : {m_current, m_selected, m_whole}) {
        scopeGroup->addButton(button);
        scopeLayout->addWidget(button);
    }
    m_whole->setChecked(true);

    auto *authorGroup = new QButtonGroup(this);
    for (QRadioButton *button : {m_authorStored, m_authorNamed, m_authorNone})
        authorGroup->addButton(button);
    m_authorStored->setChecked(true);
    m_authorName->setEnabled(false);
    m_authorName->setPlaceholderText(tr("e.g. the newsroom's name"));
    connect(m_authorNamed, &QRadioButton::toggled, m_authorName, &QLineEdit::setEnabled);
    auto *named = new QHBoxLayout;
    named->addWidget(m_authorNamed);
    named->addWidget(m_authorName, 1);
    auto *pdfLayout = new QVBoxLayout(m_pdfOptions);
    pdfLayout->addWidget(m_appendix);
    pdfLayout->addWidget(m_flatten);
    pdfLayout->addWidget(new QLabel(tr("Author on the annotations:"), m_pdfOptions));
    pdfLayout->addWidget(m_authorStored);
    pdfLayout->addLayout(named);
    pdfLayout->addWidget(m_authorNone);

    m_origin->setObjectName(QStringLiteral("exportOrigin"));
    m_origin->addItem(tr("Its file name only"), int(ExportProvenance::Origin::FileName));
    m_origin->addItem(tr("Nothing"), int(ExportProvenance::Origin::None));
    //: The riskier choice: folder names often name a source, and the home folder the account
    m_origin->addItem(tr("Its full path on this computer (folders and account name)"),
        int(ExportProvenance::Origin::FullPath));
    m_provenance->setObjectName(QStringLiteral("exportProvenance"));
    m_provenance->setWordWrap(true);
    auto *provenanceLayout = new QFormLayout(m_provenanceBox);
    provenanceLayout->addRow(tr("&Where each file came from:"), m_origin);
    provenanceLayout->addRow(m_provenance);
    connect(m_origin, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::updateProvenance);

    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    // A row holding a layout gets no buddy: without one the label would show its "&".
    auto *saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_path);
    form->addRow(saveTo, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopeBox);
    layout->addWidget(m_pdfOptions);
    layout->addWidget(m_provenanceBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateControls();
        suggestPath();
    });
    for (QRadioButton *button : {m_current, m_selected, m_whole}) {
        connect(button, &QRadioButton::toggled, this, &ExportDialog::suggestPath);
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateProvenance);
    }
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);

    setCurrentSource(0);
    setSelectedSources({});
    updateControls();
    suggestPath();
    updateProvenance();
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (isRunning()) {
        cancel();
        m_watcher->waitForFinished();
    }
}

void ExportDialog::setCurrentSource(qint64 sourceId)
{
    m_currentSource = sourceId;
    QString title;
    if (m_dossier && sourceId) {
        if (const auto source = m_dossier->sources().get(sourceId))
            title = source->title;
    }
    //: Export scope: %1 the title of the source shown in the current reader
    m_current->setText(title.isEmpty() ? tr("The &current source (none is open)")
                                       : tr("The &current source: %1").arg(title));
    m_current->setEnabled(!title.isEmpty());
    if (!m_current->isEnabled() && m_current->isChecked())
        m_whole->setChecked(true);
    updateProvenance();
}

void ExportDialog::setSelectedSources(const QVector<qint64> &sourceIds)
{
    m_selectedSources = sourceIds;
    //: Export scope; %n sources selected in the library
    m_selected->setText(sourceIds.isEmpty()
            ? tr("The &sources selected in the library (none is)")
            : tr("The %n &source(s) selected in the library", "", int(sourceIds.size())));
    m_selected->setEnabled(!sourceIds.isEmpty());
    if (!m_selected->isEnabled() && m_selected->isChecked())
        m_whole->setChecked(true);
    updateProvenance();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_current->isChecked())
        return Scope::CurrentSource;
    if (m_selected->isChecked())
        return Scope::SelectedSources;
    return Scope::WholeDossier;
}

void ExportDialog::setScope(Scope scope)
{
    switch (scope) {
    case Scope::CurrentSource:
        m_current->setChecked(m_current->isEnabled());
        break;
    case Scope::SelectedSources:
        m_selected->setChecked(m_selected->isEnabled());
        break;
    case Scope::WholeDossier:
        m_whole->setChecked(true);
        break;
    }
}

bool ExportDialog::appendix() const
{
    return m_appendix->isChecked();
}

void ExportDialog::setAppendix(bool on)
{
    m_appendix->setChecked(on);
}

bool ExportDialog::flatten() const
{
    return m_flatten->isChecked();
}

void ExportDialog::setFlatten(bool on)
{
    m_flatten->setChecked(on);
}

ExportDialog::Author ExportDialog::author() const
{
    if (m_authorNamed->isChecked())
        return Author::Named;
    if (m_authorNone->isChecked())
        return Author::None;
    return Author::AsRecorded;
}

void ExportDialog::setAuthor(Author author, const QString &name)
{
    switch (author) {
    case Author::AsRecorded:
        m_authorStored->setChecked(true);
        break;
    case Author::Named:
        m_authorNamed->setChecked(true);
        m_authorName->setText(name);
        break;
    case Author::None:
        m_authorNone->setChecked(true);
        break;
    }
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ExportProvenance::Origin ExportDialog::origin() const
{
    return ExportProvenance::Origin(m_origin->currentData().toInt());
}

void ExportDialog::setOrigin(ExportProvenance::Origin origin)
{
    m_origin->setCurrentIndex(m_origin->findData(int(origin)));
}

QString ExportDialog::provenanceText() const
{
    return m_provenance->text();
}

void ExportDialog::updateProvenance()
{
    const ExportProvenance provenance(origin());
    QString text = provenance.describe();
    // One real source of the scope, so the user sees exactly what leaves.
    if (m_dossier) {
        const QVector<qint64> ids = scopeSourceIds();
        std::optional<Source> example;
        if (!ids.isEmpty())
            example = m_dossier->sources().get(ids.first());
        else if (const QVector<Source> first = m_dossier->sources().list(0, 1); !first.isEmpty())
            example = first.first();
        if (example && !example->origin.isEmpty()) {
            const QString leaving = provenance.originOf(*example);
            text += QLatin1Char(' ')
                + (leaving.isEmpty()
                        //: %1 a source's title
                        ? tr("“%1” will be named by nothing but its SHA-256.").arg(example->title)
                        //: %1 a source's title, %2 what the export writes of where it came from
                        : tr("“%1” will be given as coming from: %2").arg(example->title, leaving));
        }
    }
    m_provenance->setText(text);
    m_provenance->setStyleSheet(origin() == ExportProvenance::Origin::FullPath
            ? QStringLiteral("QLabel { color: #c0392b; }")
            : QString());
}

QVector<qint64> ExportDialog::scopeSourceIds() const
{
    switch (scope()) {
    case Scope::CurrentSource:
        return {m_currentSource};
    case Scope::SelectedSources:
        return m_selectedSources;
    case Scope::WholeDossier:
        break;
    }
    return {};
}

QString ExportDialog::extension(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::WebAnnotation:
        return QStringLiteral("jsonld");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::GraphMl:
        return QStringLiteral("graphml");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::FollowTheMoney:
        return QStringLiteral("ftm.json");
    }
    return QString();
}

void ExportDialog::updateControls()
{
    m_pdfOptions->setEnabled(format() == Format::Pdf && !isRunning());
    // The graph formats name sources by their file name alone, whatever is chosen here.
    m_provenanceBox->setEnabled(!isRunning());
}

void ExportDialog::suggestPath()
{
    if (!m_dossier)
        return;
    // A path the user typed or browsed to stays; ours follows the format and the scope.
    if (!m_path->text().isEmpty() && m_path->text() != m_suggestedPath)
        return;
    const QFileInfo dossierFile(m_dossier->path());
    QString name = dossierFile.completeBaseName();
    if (scope() == Scope::CurrentSource && m_currentSource) {
        if (const auto source = m_dossier->sources().get(m_currentSource)) {
            QString title = source->title;
            title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
            name += QLatin1Char('-') + title.left(60);
        }
    }
    m_suggestedPath = QDir(exportFolder()).filePath(name + QLatin1Char('.') + extension(format()));
    m_path->setText(m_suggestedPath);
}

QString ExportDialog::exportFolder()
{
    const QString last = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || !QFileInfo(documents).isDir() ? QDir::homePath() : documents;
}

void ExportDialog::browse()
{
    QString filter;
    switch (format()) {
    case Format::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    case Format::WebAnnotation:
        filter = tr("JSON-LD files (*.jsonld *.json)");
        break;
    case Format::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    case Format::Markdown:
        filter = tr("Markdown files (*.md)");
        break;
    case Format::GraphMl:
        filter = tr("GraphML files (*.graphml)");
        break;
    case Format::Gexf:
        filter = tr("GEXF files (*.gexf)");
        break;
    case Format::FollowTheMoney:
        filter = tr("FollowTheMoney entities (*.ftm.json *.json)");
        break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QProgressDialog *ExportDialog::progressDialog() const
{
    return m_progress;
}

bool ExportDialog::isRunning() const
{
    return m_running;
}

bool ExportDialog::start()
{
    if (isRunning())
        return false;
    showProblem(QString());
    m_outcome = Outcome();
    if (!m_dossier) {
        showProblem(tr("No dossier is open."));
        return false;
    }
    const QString target = path();
    if (target.isEmpty()) {
        showProblem(tr("Choose where to save the export."));
        return false;
    }
    if (!QFileInfo(target).dir().exists()) {
        //: %1 a folder
        showProblem(tr("The folder %1 does not exist.").arg(QFileInfo(target).absolutePath()));
        return false;
    }
    const QVector<qint64> sourceIds = scopeSourceIds();
    if (scope() != Scope::WholeDossier && sourceIds.isEmpty()) {
        showProblem(tr("No source is chosen: pick another scope."));
        return false;
    }
    const Format chosen = format();

    if (isGraphFormat(chosen)) {
        // The graph and its documents are read through the dossier's own connection: small and
        // quick, so it is written here rather than on a worker.
        Outcome outcome;
        outcome.path = target;
        auto graph = Graph::fromDossier(*m_dossier);
        if (!graph) {
            showProblem(graph.error());
            return false;
        }
        Graph g = std::move(graph).value();
        if (!sourceIds.isEmpty()) {
            // The relationships the chosen sources back, and the entities they link.
            QVector<bool> keepNode(g.nodeCount(), false);
            QVector<bool> keepEdge(g.edgeCount(), false);
            for (int i = 0; i < g.edgeCount(); ++i) {
                const GraphEdge &e = g.edges().at(i);
                const bool backed = std::any_of(e.sourceIds.cbegin(), e.sourceIds.cend(),
                    [&sourceIds](qint64 id) { return sourceIds.contains(id); });
                if (backed) {
                    keepEdge[i] = true;
                    keepNode[e.from] = true;
                    keepNode[e.to] = true;
                }
            }
            g = g.subgraph(keepNode, keepEdge);
        }
        GraphExport::Format graphFormat = chosen == Format::GraphMl ? GraphExport::Format::GraphMl
            : chosen == Format::Gexf                                ? GraphExport::Format::Gexf
                                                                    : GraphExport::Format::FollowTheMoney;
        const Status written = GraphExport::writeFile(
            *m_dossier, g, graphFormat, target, &outcome.warnings, ExportProvenance(origin()));
        outcome.ok = written.ok();
        //: After exporting the graph: %1 the file, %2 how many entities, %3 how many relationships
        outcome.summary = written ? tr("%1 written. Entities: %2; relationships: %3.")
                                        .arg(QDir::toNativeSeparators(target))
                                        .arg(g.nodeCount())
                                        .arg(g.edgeCount())
                                  : written.error();
        m_outcome = outcome;
        if (!outcome.ok)
            showProblem(outcome.summary);
        Q_EMIT finished(m_outcome);
        return true;
    }

    // Everything the export needs, read now; the worker never touches the database.
    const auto collected = EvidenceSet::collect(*m_dossier, sourceIds,
        chosen == Format::Pdf ? EvidenceSet::Content::Everything : EvidenceSet::Content::TextAndAnnotations,
        ExportProvenance(origin()));
    if (!collected) {
        showProblem(collected.error());
        return false;
    }
    auto evidence = std::make_shared<EvidenceSet>(*collected);
    evidence->index();
    ExportAuthor exportAuthor = ExportAuthor::stored();
    if (author() == Author::Named)
        exportAuthor = ExportAuthor::named(m_authorName->text());
    else if (author() == Author::None)
        exportAuthor = ExportAuthor::anonymous();
    const bool withAppendix = appendix();
    const bool flattened = flatten();
    const GraphDrawing drawing = m_drawing;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;

    // Running until onFinished has the result: a quick export ends on the worker before the
    // watcher says so, and accept() must still wait for it to close the dialog.
    m_running = true;
    m_watcher->setFuture(QtConcurrent::run([=](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, ProgressSteps);
        Outcome outcome;
        outcome.path = target;
        Status status;
        switch (chosen) {
        case Format::Pdf: {
            PdfExportOptions options;
            options.appendix = withAppendix;
            options.flatten = flattened;
            options.author = exportAuthor;
            options.drawGraph = drawing;
            options.cancel = cancel.get();
            options.progress = [&promise](double done) {
                promise.setProgressValue(int(done * ProgressSteps));
            };
            const auto report = PdfExporter(*evidence).write(target, options);
            if (report) {
                outcome.warnings = report->warnings;
                //: After a PDF export: %1 the file, %2 how many pages, %3 how many highlights
                outcome.summary = tr("%1 written. Pages: %2; highlights: %3.")
                                      .arg(QDir::toNativeSeparators(target))
                                      .arg(report->pageCount)
                                      .arg(report->highlightCount);
            } else {
                status = Error {report.error()};
            }
            break;
        }
        case Format::WebAnnotation: {
            WebAnnotationWriter writer(*evidence);
            writer.setAuthor(exportAuthor);
            writer.setCancelFlag(cancel.get());
            status = writer.write(target);
            break;
        }
        case Format::Csv: {
            CsvExporter exporter(*evidence);
            exporter.setAuthor(exportAuthor);
            status = exporter.write(target);
            break;
        }
        case Format::Markdown:
            status = ClaimsReport(*evidence).write(target);
            break;
        default:
            break;
        }
        outcome.canceled = cancel->load();
        outcome.ok = status.ok() && !outcome.canceled;
        if (outcome.canceled) {
            //: %1 the file that was not written
            outcome.summary
                = tr("The export was canceled; %1 was not written.").arg(QDir::toNativeSeparators(target));
            // The writer may have finished before it saw the cancel: take the file back.
            if (status.ok())
                QFile::remove(target);
        } else if (!status) {
            outcome.summary = status.error();
        } else if (outcome.summary.isEmpty()) {
            //: After an export: %1 the file, %n annotations
            outcome.summary = tr("%1 written with %n annotation(s).", "", evidence->annotationCount())
                                  .arg(QDir::toNativeSeparators(target));
        }
        promise.setProgressValue(ProgressSteps);
        promise.addResult(outcome);
    }));

    m_progress = new QProgressDialog(this);
    m_progress->setWindowTitle(tr("Exporting"));
    //: Progress dialog: %1 the file being written
    m_progress->setLabelText(tr("Writing %1…").arg(QFileInfo(target).fileName()));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(
        m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportDialog::cancel);
    m_progress->setValue(0);
    updateControls();
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_progress)
            child->setEnabled(false);
    }
    return true;
}

void ExportDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::onFinished()
{
    m_running = false;
    const QFuture<Outcome> future = m_watcher->future();
    m_outcome = future.resultCount() ? future.result() : Outcome();
    if (m_outcome.ok && !m_outcome.path.isEmpty())
        QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(m_outcome.path).absolutePath());
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
    }
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        child->setEnabled(true);
    updateControls();
    if (!m_outcome.ok)
        showProblem(m_outcome.summary);
    Q_EMIT finished(m_outcome);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        if (m_outcome.ok)
            QDialog::accept();
        else if (m_outcome.canceled)
            QDialog::reject();
    }
}

void ExportDialog::accept()
{
    if (isRunning())
        return;
    if (!start())
        return;
    if (isRunning()) {
        m_closeWhenDone = true;
    } else if (m_outcome.ok) {
        QDialog::accept();
    }
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        m_closeWhenDone = true;
        return;
    }
    QDialog::reject();
}

} // namespace Recoupe
