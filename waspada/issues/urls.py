from django.urls import path

from waspada.issues import views

app_name = "issues"

urlpatterns = [
    path("", views.issue_list, name="issue_list"),
    path("<int:pk>/", views.issue_detail, name="issue_detail"),
    path("<int:pk>/gabung/", views.issue_merge_view, name="issue_merge"),
    path("<int:pk>/pisah/", views.issue_split_view, name="issue_split"),
]
