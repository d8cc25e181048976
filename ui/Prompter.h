#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace pinedesk {

// Every message box and file dialog of the console goes through here, so that no modal loop
// ever blocks a test: tests install a scripted Prompter that answers at once and records what
// was asked. Our own dialogs are opened with open(), never exec().
class Prompter
{
public:
    virtual ~Prompter() = default;

    // The one in use: the scripted one a test installed, or the real dialogs.
    static Prompter &instance();
    // nullptr goes back to the real dialogs. The caller keeps ownership.
    static void install(Prompter *prompter);

    // A yes/no question; true when the vendor chose `acceptLabel`.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // An existing file to read; empty when cancelled. `filter` as for QFileDialog.
    virtual QString openFile(QWidget *parent, const QString &caption, const QString &filter) = 0;
    // A file to write; empty when cancelled.
    virtual QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                             const QString &filter) = 0;
    // A folder; empty when cancelled.
    virtual QString folder(QWidget *parent, const QString &caption, const QString &start) = 0;
    // One line of text; nullopt when cancelled. `secret` hides what is typed.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        bool secret) = 0;
};

} // namespace pinedesk
