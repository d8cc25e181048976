#pragma once

#include "Prompter.h"

#include <QQueue>
#include <QStringList>

namespace pinedesk::test {

// Answers the console's questions at once, from queued answers, and records every message, so
// widget tests never meet a modal loop. Installs itself for its lifetime. Header-only: only tests
// that link the ui library include it.
class ScriptedPrompter final : public Prompter
{
public:
    ScriptedPrompter() { Prompter::install(this); }
    ~ScriptedPrompter() override { Prompter::install(nullptr); }

    QQueue<bool> confirmations; // empty queue: answers no
    QQueue<QString> files;      // for openFile, saveFile and folder; empty: cancelled
    QQueue<std::optional<QString>> texts;
    QStringList asked; // the text of every question and message, in order
    QStringList warnings;
    QStringList informations;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked.append(text);
        return confirmations.isEmpty() ? false : confirmations.dequeue();
    }
    void inform(QWidget *, const QString &, const QString &text) override
    {
        asked.append(text);
        informations.append(text);
    }
    void warn(QWidget *, const QString &, const QString &text) override
    {
        asked.append(text);
        warnings.append(text);
    }
    QString openFile(QWidget *, const QString &caption, const QString &) override
    {
        return nextFile(caption);
    }
    QString saveFile(QWidget *, const QString &caption, const QString &, const QString &) override
    {
        return nextFile(caption);
    }
    QString folder(QWidget *, const QString &caption, const QString &) override
    {
        return nextFile(caption);
    }
    std::optional<QString> text(QWidget *, const QString &, const QString &label, bool) override
    {
        asked.append(label);
        return texts.isEmpty() ? std::nullopt : texts.dequeue();
    }

private:
    QString nextFile(const QString &caption)
    {
        asked.append(caption);
        return files.isEmpty() ? QString() : files.dequeue();
    }
};

} // namespace pinedesk::test
