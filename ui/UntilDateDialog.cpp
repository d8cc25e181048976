#include "UntilDateDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

UntilDateDialog::UntilDateDialog(QDate initial, QDate earliest, int selectedCount, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Extend until a date"));
    setObjectName(u"untilDateDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The %n selected access(es) will end on this day.", nullptr, selectedCount), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_date->setObjectName(u"untilDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(earliest);
    m_date->setDate(initial < earliest ? earliest : initial);
    form->addRow(tr("&Ends on:"), m_date);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Access lasts until the end of that day (UTC). Lifetime accesses "
                               "become dated: you will be asked to confirm."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set date"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

QDate UntilDateDialog::date() const
{
    return m_date->date();
}

void UntilDateDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

} // namespace pinedesk
