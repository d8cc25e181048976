#pragma once

#include "print/PdfFile.h"

#include <QCoreApplication>

class QTextStream;

namespace pinedesk {

class Database;

// Writes a PDF report for the command line: on the business's paper unless --paper says
// otherwise, into the file given with --out (a PDF never goes to a terminal), and says where
// it went and how many pages it has.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // An exit code; messages on `err`.
    static int write(Database &database, const QString &title, const QString &path,
                     const QString &paper, const PdfFile::Build &build, QTextStream &err);
    // The same for a report that writes its own PDF on the page set-up given.
    static int write(Database &database, const QString &path, const QString &paper,
                     const std::function<Expected<int>(const PageSetup &)> &writer,
                     QTextStream &err);
};

} // namespace pinedesk
