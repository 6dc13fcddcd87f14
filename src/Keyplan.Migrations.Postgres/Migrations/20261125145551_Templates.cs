using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Keyplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Templates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TemplateVersionId",
                table: "Plans",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "PlanTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BasedOn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BuiltIn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TemplateId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Definition = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTemplateVersions_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanTemplateVersions_PlanTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "PlanTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "PlanTemplates",
                columns: new[] { "Id", "BasedOn", "BuiltIn", "Name", "Version" },
                values: new object[,]
                {
                    { 1, "Full", true, "Full", 1 },
                    { 2, "Light", true, "Light", 1 }
                });

            migrationBuilder.InsertData(
                table: "PlanTemplateVersions",
                columns: new[] { "Id", "CreatedAt", "CreatedById", "Definition", "Number", "TemplateId" },
                values: new object[,]
                {
                    { 1, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "{\"sections\":[{\"key\":\"summary\",\"customFields\":[]},{\"key\":\"profile\",\"customFields\":[]},{\"key\":\"history\",\"customFields\":[]},{\"key\":\"market\",\"customFields\":[]},{\"key\":\"valueChain\",\"customFields\":[]},{\"key\":\"buyingCenter\",\"customFields\":[]},{\"key\":\"potential\",\"customFields\":[]},{\"key\":\"swot\",\"customFields\":[]},{\"key\":\"objectives\",\"customFields\":[]},{\"key\":\"strategy\",\"customFields\":[]},{\"key\":\"actions\",\"customFields\":[]},{\"key\":\"visits\",\"customFields\":[]},{\"key\":\"valueOffering\",\"customFields\":[]},{\"key\":\"budget\",\"customFields\":[]},{\"key\":\"kpis\",\"customFields\":[]},{\"key\":\"decisions\",\"customFields\":[]},{\"key\":\"communication\",\"customFields\":[]}]}", 1, 1 },
                    { 2, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "{\"sections\":[{\"key\":\"profile\",\"customFields\":[]},{\"key\":\"history\",\"customFields\":[]},{\"key\":\"swot\",\"customFields\":[]},{\"key\":\"objectives\",\"customFields\":[]},{\"key\":\"actions\",\"customFields\":[]},{\"key\":\"visits\",\"customFields\":[]}]}", 1, 2 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_TemplateVersionId",
                table: "Plans",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplateVersions_CreatedById",
                table: "PlanTemplateVersions",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplateVersions_TemplateId_Number",
                table: "PlanTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            // Plans made before templates existed keep their sections: they get the built-in version of their kind (full is 1).
            migrationBuilder.Sql("UPDATE \"Plans\" SET \"TemplateVersionId\" = 2 WHERE \"Template\" = 'Light'");

            // The built-ins were inserted with their ids; the identity sequences must continue after them.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"PlanTemplates\"', 'Id'), (SELECT MAX(\"Id\") FROM \"PlanTemplates\"))");
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"PlanTemplateVersions\"', 'Id'), (SELECT MAX(\"Id\") FROM \"PlanTemplateVersions\"))");

            migrationBuilder.DropColumn(
                name: "Template",
                table: "Plans");

            migrationBuilder.AddForeignKey(
                name: "FK_Plans_PlanTemplateVersions_TemplateVersionId",
                table: "Plans",
                column: "TemplateVersionId",
                principalTable: "PlanTemplateVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Plans_PlanTemplateVersions_TemplateVersionId",
                table: "Plans");

            migrationBuilder.DropTable(
                name: "PlanTemplateVersions");

            migrationBuilder.DropTable(
                name: "PlanTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Plans_TemplateVersionId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "TemplateVersionId",
                table: "Plans");

            migrationBuilder.AddColumn<string>(
                name: "Template",
                table: "Plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");
        }
    }
}
