#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace pinedesk::PageParts {

// The large bold title every page starts with.
QLabel *title(const QString &text, QWidget *parent);
// A read-only table of records: whole rows, one at a time, keyboard through the rows, columns
// sized to their content with the last one taking what is left.
void setUpRecordTable(QTableView *table);

} // namespace pinedesk::PageParts
