using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Keyplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SelectionMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountNominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Nominated = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    KeyAccountManagerId = table.Column<string>(type: "text", nullable: true),
                    DecidedById = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountNominations_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountNominations_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AccountNominations_AspNetUsers_KeyAccountManagerId",
                        column: x => x.KeyAccountManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SelectionCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    LevelDescriptions = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelectionCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    RatedById = table.Column<string>(type: "text", nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountRatings_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountRatings_AspNetUsers_RatedById",
                        column: x => x.RatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AccountRatings_SelectionCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "SelectionCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SelectionCriteria",
                columns: new[] { "Id", "Group", "LevelDescriptions", "Name", "Version", "Weight" },
                values: new object[,]
                {
                    { 1, "Attractiveness", "[\"Very small total purchase volume\",\"\",\"Small volume, little room to grow\",\"\",\"Purchase volume about our average customer\\u0027s\",\"\",\"Large volume we could win\",\"\",\"\",\"One of the largest volumes in our market\"]", "Revenue potential", 1, 3m },
                    { 2, "Attractiveness", "[\"Shrinking\",\"\",\"Flat\",\"\",\"Growing with the market\",\"\",\"Growing faster than the market\",\"\",\"\",\"Growing strongly in our segments\"]", "Growth of the customer", 1, 2m },
                    { 3, "Attractiveness", "[\"Outside our focus\",\"\",\"Partly fits our offering\",\"\",\"Fits our focus industries\",\"\",\"Needs our strengths\",\"\",\"\",\"A reference customer for our strategy\"]", "Strategic fit", 1, 2m },
                    { 4, "Attractiveness", "[\"No access\",\"\",\"Purchasing only\",\"\",\"Users and purchasing\",\"\",\"Management occasionally\",\"\",\"\",\"Regular top-level access\"]", "Access to decision makers", 1, 1m },
                    { 5, "Strength", "[\"Below 5 %\",\"\",\"5\\u201315 %\",\"\",\"15\\u201330 %\",\"\",\"30\\u201350 %\",\"\",\"\",\"Above 50 %\"]", "Share of wallet", 1, 3m },
                    { 6, "Strength", "[\"Strained or no relationship\",\"\",\"Transactional\",\"\",\"Good working relationship\",\"\",\"Trusted partner\",\"\",\"\",\"Strategic partnership at every level\"]", "Relationship quality", 1, 2m },
                    { 7, "Strength", "[\"Competitors clearly preferred\",\"\",\"One of many suppliers\",\"\",\"Preferred for some products\",\"\",\"Preferred supplier\",\"\",\"\",\"Sole or first-choice supplier\"]", "Competitive position", 1, 2m },
                    { 8, "Strength", "[\"Our products hardly meet the needs\",\"\",\"Partly meet the needs\",\"\",\"Meet most needs\",\"\",\"Meet the needs well\",\"\",\"\",\"Best solution for the customer\\u0027s needs\"]", "Product fit", 1, 1m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountNominations_AccountId_DecidedAt",
                table: "AccountNominations",
                columns: new[] { "AccountId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountNominations_DecidedById",
                table: "AccountNominations",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_AccountNominations_KeyAccountManagerId",
                table: "AccountNominations",
                column: "KeyAccountManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountRatings_AccountId_CriterionId_RatedAt",
                table: "AccountRatings",
                columns: new[] { "AccountId", "CriterionId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountRatings_CriterionId",
                table: "AccountRatings",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountRatings_RatedById",
                table: "AccountRatings",
                column: "RatedById");

            // The default criteria were inserted with their ids; the identity sequence must continue after them.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"SelectionCriteria\"', 'Id'), (SELECT MAX(\"Id\") FROM \"SelectionCriteria\"))");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountNominations");

            migrationBuilder.DropTable(
                name: "AccountRatings");

            migrationBuilder.DropTable(
                name: "SelectionCriteria");
        }
    }
}
