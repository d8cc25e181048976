#pragma once

#include "ConsoleContext.h"
#include "bulk/BulkDraft.h"
#include "domain/Plan.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace pinedesk {

// Step 2 of the bulk wizard: what the run does. Grant, extend, revoke or change plan; some
// indicators or a plan's; for a preset duration, a custom one (45D, 6M) or until a date.
// Lifetime accesses are left alone unless the vendor unticks the box.
class BulkWhatPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Length { Preset, Custom, Date };

    BulkWhatPage(ConsoleContext context, BulkDraft &draft, QWidget *parent = nullptr);

    // What the page says now (also when it is not valid yet).
    BulkRequest request() const;
    void setMode(BulkRequest::Mode mode);
    // Ticks these indicators (and chooses "indicators" as the target).
    void chooseIndicators(const QList<qint64> &ids);
    void choosePlan(qint64 planId);
    void chooseReplace(qint64 fromPlanId, qint64 toPlanId);
    void choosePreset(const QString &duration); // "7D", "1M", "L"

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();
    std::optional<Duration> customDuration() const;
    BulkRequest::Mode mode() const;

    ConsoleContext m_ctx;
    BulkDraft &m_draft;
    QButtonGroup *m_modes;
    QLabel *m_modeHelp;
    QGroupBox *m_targetBox;
    QRadioButton *m_byIndicators;
    QRadioButton *m_byPlan;
    QListWidget *m_indicators;
    QComboBox *m_plan;
    QGroupBox *m_replaceBox;
    QComboBox *m_fromPlan;
    QComboBox *m_toPlan;
    QGroupBox *m_lengthBox;
    QButtonGroup *m_lengths;
    QComboBox *m_preset;
    QLineEdit *m_custom;
    QDateEdit *m_date;
    QLabel *m_planLength;
    QCheckBox *m_keepLifetime;
    QLabel *m_summary;
    QList<Plan> m_plans; // as read when the page was first shown
    bool m_loaded = false;
};

} // namespace pinedesk
