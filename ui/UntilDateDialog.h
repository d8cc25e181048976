#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;

namespace pinedesk {

// Asks for the day the selected accesses should end ("Until date…" on the Subscriptions page).
// Access then lasts to the end of that day, UTC, as the protocol means "until 2030-01-01".
class UntilDateDialog final : public QDialog
{
    Q_OBJECT

public:
    UntilDateDialog(QDate initial, QDate earliest, int selectedCount, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(QDate date);

private:
    QDateEdit *m_date;
};

} // namespace pinedesk
