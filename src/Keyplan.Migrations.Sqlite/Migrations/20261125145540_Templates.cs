using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Keyplan.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "PlanTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BasedOn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false)
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
                    { 1, 639028224000000000L, null, "{\"sections\":[{\"key\":\"summary\",\"customFields\":[]},{\"key\":\"profile\",\"customFields\":[]},{\"key\":\"history\",\"customFields\":[]},{\"key\":\"market\",\"customFields\":[]},{\"key\":\"valueChain\",\"customFields\":[]},{\"key\":\"buyingCenter\",\"customFields\":[]},{\"key\":\"potential\",\"customFields\":[]},{\"key\":\"swot\",\"customFields\":[]},{\"key\":\"objectives\",\"customFields\":[]},{\"key\":\"strategy\",\"customFields\":[]},{\"key\":\"actions\",\"customFields\":[]},{\"key\":\"visits\",\"customFields\":[]},{\"key\":\"valueOffering\",\"customFields\":[]},{\"key\":\"budget\",\"customFields\":[]},{\"key\":\"kpis\",\"customFields\":[]},{\"key\":\"decisions\",\"customFields\":[]},{\"key\":\"communication\",\"customFields\":[]}]}", 1, 1 },
                    { 2, 639028224000000000L, null, "{\"sections\":[{\"key\":\"profile\",\"customFields\":[]},{\"key\":\"history\",\"customFields\":[]},{\"key\":\"swot\",\"customFields\":[]},{\"key\":\"objectives\",\"customFields\":[]},{\"key\":\"actions\",\"customFields\":[]},{\"key\":\"visits\",\"customFields\":[]}]}", 1, 2 }
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");
        }
    }
}
