using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Keyplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewsDecisionsAndRollout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Amount = table.Column<double>(type: "REAL", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Options = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedById = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EscalatedById = table.Column<string>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalationComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionSubmissions_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DecisionSubmissions_AspNetUsers_EscalatedById",
                        column: x => x.EscalatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DecisionSubmissions_AspNetUsers_SubmittedById",
                        column: x => x.SubmittedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionSubmissions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    KpiActuals = table.Column<string>(type: "TEXT", nullable: false),
                    ObjectivesProgress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionsProgress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviews_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RolloutProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Goals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Benefits = table.Column<string>(type: "TEXT", nullable: false),
                    Budget = table.Column<double>(type: "REAL", nullable: true),
                    Milestones = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolloutProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionSubmissions_DecidedById",
                table: "DecisionSubmissions",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionSubmissions_EscalatedById",
                table: "DecisionSubmissions",
                column: "EscalatedById");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionSubmissions_PlanId_ItemId",
                table: "DecisionSubmissions",
                columns: new[] { "PlanId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionSubmissions_Stage",
                table: "DecisionSubmissions",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionSubmissions_SubmittedById",
                table: "DecisionSubmissions",
                column: "SubmittedById");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_PlanId_PeriodEnd",
                table: "PlanReviews",
                columns: new[] { "PlanId", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_RecordedById",
                table: "PlanReviews",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionSubmissions");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "RolloutProgrammes");

            migrationBuilder.DropTable(
                name: "SentReminders");
        }
    }
}
