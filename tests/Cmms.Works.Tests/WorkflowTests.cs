using Cmms.Works;
using Cmms.Works.Requests;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Tests;

public sealed class WorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc);

    public static TheoryData<WorkOrderStatus, WorkOrderStatus> LegalWorkOrderMoves => new()
    {
        { WorkOrderStatus.Planned, WorkOrderStatus.Assigned },
        { WorkOrderStatus.Planned, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.Assigned, WorkOrderStatus.InProgress },
        { WorkOrderStatus.Assigned, WorkOrderStatus.Planned },
        { WorkOrderStatus.Assigned, WorkOrderStatus.OnHold },
        { WorkOrderStatus.Assigned, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.InProgress, WorkOrderStatus.OnHold },
        { WorkOrderStatus.InProgress, WorkOrderStatus.Done },
        { WorkOrderStatus.OnHold, WorkOrderStatus.InProgress },
        { WorkOrderStatus.OnHold, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.Done, WorkOrderStatus.Closed },
        { WorkOrderStatus.Done, WorkOrderStatus.InProgress },
    };

    [Fact]
    public void Exactly_the_documented_work_order_moves_are_legal()
    {
        var legal = LegalWorkOrderMoves.Select(row => ((WorkOrderStatus)row[0], (WorkOrderStatus)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<WorkOrderStatus>())
        {
            foreach (var to in Enum.GetValues<WorkOrderStatus>())
            {
                Assert.True(legal.Contains((from, to)) == WorkOrderWorkflow.CanMove(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void Exactly_the_documented_request_moves_are_legal()
    {
        (RequestStatus, RequestStatus)[] legal =
        [
            (RequestStatus.Submitted, RequestStatus.Validated), (RequestStatus.Submitted, RequestStatus.Rejected),
            (RequestStatus.Submitted, RequestStatus.InformationRequested), (RequestStatus.Submitted, RequestStatus.Duplicate),
            (RequestStatus.Submitted, RequestStatus.Withdrawn), (RequestStatus.InformationRequested, RequestStatus.Submitted),
            (RequestStatus.InformationRequested, RequestStatus.Rejected), (RequestStatus.InformationRequested, RequestStatus.Withdrawn),
            (RequestStatus.Validated, RequestStatus.InProgress), (RequestStatus.Validated, RequestStatus.Done),
            (RequestStatus.Validated, RequestStatus.Rejected), (RequestStatus.InProgress, RequestStatus.Done),
            (RequestStatus.InProgress, RequestStatus.Rejected), (RequestStatus.Done, RequestStatus.Closed),
            (RequestStatus.Done, RequestStatus.InProgress),
        ];
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                Assert.True(legal.Contains((from, to)) == RequestWorkflow.CanMove(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void A_rejected_request_cannot_be_closed_and_is_left_as_it_was()
    {
        var request = Request(RequestStatus.Rejected);

        var refused = Assert.Throws<WorkflowException>(() => request.MoveTo(RequestStatus.Closed, Now, null, "Anne", null));

        Assert.Equal("This request can no longer be changed that way.", refused.UserMessage);
        Assert.Equal(RequestStatus.Rejected, request.Status);
    }

    [Theory]
    [InlineData(RequestStatus.Rejected)]
    [InlineData(RequestStatus.InformationRequested)]
    public void Refusing_or_asking_needs_a_reason_that_the_referent_then_reads(RequestStatus to)
    {
        var request = Request(RequestStatus.Submitted);

        Assert.Throws<WorkflowException>(() => request.MoveTo(to, Now, null, "Responsable", "  "));
        var step = request.MoveTo(to, Now, null, "Responsable", " Quelle salle exactement ? ");

        Assert.Equal(to, request.Status);
        Assert.Equal("Quelle salle exactement ?", request.LastReason);
        Assert.Equal((RequestStatus.Submitted, to, "Responsable", Now), (step.From!.Value, step.To, step.ByName, step.AtUtc));
    }

    [Fact]
    public void A_work_order_goes_on_hold_only_with_a_reason_and_leaves_it_when_work_resumes()
    {
        var order = Order(WorkOrderStatus.InProgress);

        Assert.Throws<WorkflowException>(() => order.MoveTo(WorkOrderStatus.OnHold, Now, null, "Agent", null));
        var hold = order.MoveTo(WorkOrderStatus.OnHold, Now, null, "Agent", "pièce commandée", HoldReason.WaitingForParts);
        order.MoveTo(WorkOrderStatus.InProgress, Now.AddDays(2), null, "Agent", null);

        Assert.Equal(HoldReason.WaitingForParts, hold.HoldReason);
        Assert.Null(order.HoldReason);
        Assert.Equal(Now.AddDays(2), order.StatusChangedAtUtc);
    }

    [Fact]
    public void Nobody_can_be_assigned_a_work_order_without_a_team_an_agent_or_a_contractor()
    {
        var order = Order(WorkOrderStatus.Planned);

        Assert.Throws<WorkflowException>(() => order.MoveTo(WorkOrderStatus.Assigned, Now, null, "Responsable", null));
        order.TeamId = Guid.CreateVersion7();
        order.MoveTo(WorkOrderStatus.Assigned, Now, null, "Responsable", null);

        Assert.Equal(WorkOrderStatus.Assigned, order.Status);
    }

    [Fact]
    public void Done_then_reopened_work_forgets_when_it_was_done_and_closing_records_when()
    {
        var order = Order(WorkOrderStatus.InProgress);

        order.MoveTo(WorkOrderStatus.Done, Now, null, "Agent", null);
        Assert.Equal(Now, order.DoneAtUtc);
        Assert.Throws<WorkflowException>(() => order.MoveTo(WorkOrderStatus.InProgress, Now, null, "Référent", ""));
        order.MoveTo(WorkOrderStatus.InProgress, Now.AddHours(1), null, "Référent", "fuite toujours présente");
        Assert.Null(order.DoneAtUtc);
        order.MoveTo(WorkOrderStatus.Done, Now.AddHours(2), null, "Agent", null);
        order.MoveTo(WorkOrderStatus.Closed, Now.AddHours(3), null, "Référent", null);

        Assert.Equal(Now.AddHours(3), order.ClosedAtUtc);
    }

    [Fact]
    public void Hours_are_accepted_only_while_the_work_is_open_or_just_done()
    {
        Assert.Equal(
            [WorkOrderStatus.Assigned, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold, WorkOrderStatus.Done],
            Enum.GetValues<WorkOrderStatus>().Where(WorkOrderWorkflow.AcceptsWork));
    }

    [Fact]
    public void The_request_follows_its_work_order_in_the_referents_words()
    {
        Assert.Equal(RequestStatus.Validated, WorkOrderWorkflow.RequestStatusFor(WorkOrderStatus.Assigned));
        Assert.Equal(RequestStatus.InProgress, WorkOrderWorkflow.RequestStatusFor(WorkOrderStatus.OnHold));
        Assert.Equal(RequestStatus.Done, WorkOrderWorkflow.RequestStatusFor(WorkOrderStatus.Done));
        Assert.Equal(RequestStatus.Closed, WorkOrderWorkflow.RequestStatusFor(WorkOrderStatus.Closed));
    }

    [Theory]
    [InlineData(Urgency.Immediate, 4)]
    [InlineData(Urgency.High, 48)]
    [InlineData(Urgency.Normal, 240)]
    [InlineData(Urgency.Low, 720)]
    public void Each_urgency_sets_its_target_delay(Urgency urgency, int hours) =>
        Assert.Equal(Now.AddHours(hours), UrgencyDelays.DueAtUtc(urgency, Now));

    internal static InterventionRequest Request(RequestStatus status) => new()
    {
        Number = "DI-2026-000001", Title = "Fuite", Description = "Fuite sous l'évier", RequesterName = "Anne", Status = status,
    };

    internal static WorkOrder Order(WorkOrderStatus status) => new()
    {
        Number = "OT-2026-000001", Title = "Fuite", Description = "Fuite sous l'évier", Status = status,
    };
}
