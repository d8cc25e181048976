#pragma once

#include "Prompter.h"

namespace pinedesk {

// The real thing: QMessageBox, QFileDialog and QInputDialog.
class DialogPrompter final : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString openFile(QWidget *parent, const QString &caption, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter) override;
    QString folder(QWidget *parent, const QString &caption, const QString &start) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                bool secret) override;
};

} // namespace pinedesk
