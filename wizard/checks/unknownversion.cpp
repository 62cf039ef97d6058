// Client Access servers of unknown version (RULEBOOK §1, §6): the import keeps a server
// whose version is not in the input; until the user says which version it is, every
// rule that tells legacy from new CAS by version says it cannot evaluate that server.
#include "findingbuilder.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
class ClientAccessVersionNeeded final : public Rule
{
public:
    explicit ClientAccessVersionNeeded(std::unique_ptr<Rule> rule)
        : m_rule(std::move(rule))
    { }

    QString id() const override { return m_rule->id(); }
    bool readsOtherFindings() const override { return m_rule->readsOtherFindings(); }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        m_rule->evaluate(context, out);
        addCannotEvaluate(context, out);
    }

    void evaluateAfter(const CheckContext &context, const QList<Finding> &others, QList<Finding> &out) const override
    {
        m_rule->evaluateAfter(context, others, out);
        addCannotEvaluate(context, out);
    }

private:
    void addCannotEvaluate(const CheckContext &context, QList<Finding> &out) const
    {
        for (const Server *s : context.casOfUnknownVersion()) {
            out.append(cannotEvaluate(
                id(), serverSubject(*s), {u"version"_s},
                checkText("the Exchange version of %1 is not recorded (it decides whether %1 is a legacy or a new "
                          "Client Access server)")
                    .arg(s->name),
                QString(source::systemRequirements2013)));
        }
    }

    std::unique_ptr<Rule> m_rule;
};
} // namespace

std::unique_ptr<Rule> needingClientAccessVersion(std::unique_ptr<Rule> rule)
{
    return std::make_unique<ClientAccessVersionNeeded>(std::move(rule));
}

} // namespace wizard
