from django.urls import path

from search.reports import SearchTermsReportView

app_name = "search_reports"
urlpatterns = [
    path("", SearchTermsReportView.as_view(), name="terms"),
    path("results/", SearchTermsReportView.as_view(results_only=True), name="terms_results"),
]
