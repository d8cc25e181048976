#include "ImportReportView.h"

#include "Prompter.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_save(new QPushButton(tr("&Save error report…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(u"rejectedTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Text")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 420);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_save->setObjectName(u"saveReportButton"_s);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ImportReportView::save);
    hide();
}

void ImportReportView::setResult(const ImportResult &result, const QString &sourcePath)
{
    m_sourcePath = sourcePath;
    m_lines = result.cancelled ? QList<RejectedLine>() : result.rejected;
    m_table->setRowCount(int(m_lines.size()));
    for (int i = 0; i < m_lines.size(); ++i) {
        const RejectedLine &line = m_lines[i];
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, line.line);
        m_table->setItem(i, 0, number);
        auto *reason = new QTableWidgetItem(line.reason);
        reason->setToolTip(line.reason);
        m_table->setItem(i, 1, reason);
        m_table->setItem(i, 2, new QTableWidgetItem(line.text));
    }
    setVisible(!m_lines.isEmpty());
}

void ImportReportView::setSavingEnabled(bool enabled)
{
    m_save->setEnabled(enabled);
}

void ImportReportView::save()
{
    const QFileInfo info(m_sourcePath);
    const QString suggested =
        info.dir().filePath(info.completeBaseName() + tr("-rejected") + u".csv"_s);
    const QString path = Prompter::instance().saveFile(this, tr("Save error report"), suggested,
                                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Prompter::instance().warn(this, tr("Save error report"),
                                  tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    CsvWriter writer(file);
    writer.writeRow({tr("Line"), tr("Reason"), tr("Text")});
    for (const RejectedLine &line : m_lines)
        writer.writeRow({QString::number(line.line), line.reason, line.text});
    file.close();
    if (const Status s = writer.status(); !s || file.error() != QFileDevice::NoError) {
        Prompter::instance().warn(this, tr("Save error report"),
                                  s ? file.errorString() : s.error().message());
    }
}

} // namespace pinedesk
