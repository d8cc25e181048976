#include "DialogPrompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace pinedesk {

namespace {

Prompter *installed = nullptr;

} // namespace

Prompter &Prompter::instance()
{
    static DialogPrompter real;
    return installed ? *installed : real;
}

void Prompter::install(Prompter *prompter)
{
    installed = prompter;
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString DialogPrompter::openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString DialogPrompter::saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString DialogPrompter::folder(QWidget *parent, const QString &caption, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

std::optional<QString> DialogPrompter::text(QWidget *parent, const QString &title,
                                            const QString &label, bool secret)
{
    bool ok = false;
    const QString value = QInputDialog::getText(
        parent, title, label, secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace pinedesk
